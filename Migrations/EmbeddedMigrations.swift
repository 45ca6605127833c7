/// The schema migrations, compiled into the binary so that `opedb` runs wherever it is copied.
///
/// SwiftPM's `.embedInCode` rule turns each `.sql` file into bytes in `PackageResources`
/// (a leading digit becomes `_`). A new migration is one `.sql` file here, one `.embedInCode`
/// line in `Package.swift` and one entry below; a test checks the three agree.
public enum EmbeddedMigrations {
    /// Every migration, ordered by version.
    public static let all: [(version: Int, name: String, sql: String)] = [
        (1, "0001_initial.sql", String(decoding: PackageResources._001_initial_sql, as: UTF8.self)),
        (2, "0002_index_settings.sql", String(decoding: PackageResources._002_index_settings_sql, as: UTF8.self)),
        (3, "0003_compressed_sources.sql", String(decoding: PackageResources._003_compressed_sources_sql, as: UTF8.self)),
        (4, "0004_datasette_fts.sql", String(decoding: PackageResources._004_datasette_fts_sql, as: UTF8.self)),
        (5, "0005_curation.sql", String(decoding: PackageResources._005_curation_sql, as: UTF8.self)),
        (6, "0006_retired_authors.sql", String(decoding: PackageResources._006_retired_authors_sql, as: UTF8.self)),
    ]
}
