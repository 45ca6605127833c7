// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "opedb",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "opedb", targets: ["OpedbCLI"]),
        // `opedb serve` runs this binary (found beside `opedb`), so the CLI never links the server.
        .executable(name: "opedb-serve", targets: ["OpedbServe"]),
        .library(name: "OpeDB", targets: ["OpeDB"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML front matter in Markdown input (Yams.compose keeps scalars as written).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `opedb serve`: HTTP/1.1 on SwiftNIO with a router and a testing client; without the
        // swift-configuration trait, which opedb does not use (one package fewer to build).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
    ],
    targets: [
        // The system SQLite (libsqlite3-dev), found through pkg-config.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // opedb_rank, an FTS5 ranking function: exact bm25 top-k without the document-length
        // lookup for rows that cannot make the page (see Sources/CRank/opedb_rank.c).
        .target(name: "CRank", dependencies: ["CSQLite"], linkerSettings: [.linkedLibrary("m")]),
        // The system zlib: original sources are stored deflated against their own extracted text.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // The system libxml2 (libxml2-dev): its HTML parser reads saved web pages the way browsers
        // recover from broken markup; opedb walks the resulting tree itself.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // SHA-256 in C, with the CPU's SHA instructions when present: ingest hashes every article.
        .target(name: "CDigest"),
        // Operating-system calls Swift cannot make (a thread's own nice value). Not `CSystem`:
        // swift-system (under SwiftNIO, under the web server) has a target of that name.
        .target(name: "COpedbSystem"),
        // A thin, opedb-agnostic Swift layer over the SQLite C API.
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        // The SQL schema, embedded into the binary at build time.
        .target(
            name: "Migrations",
            path: "Migrations",
            resources: [.embedInCode("0001_initial.sql"), .embedInCode("0002_index_settings.sql"),
                        .embedInCode("0003_compressed_sources.sql"), .embedInCode("0004_datasette_fts.sql"),
                        .embedInCode("0005_curation.sql"), .embedInCode("0006_retired_authors.sql")]
        ),
        // Everything opedb knows: model, parsing, storage, search.
        .target(name: "OpeDB", dependencies: ["SQLite", "Migrations", "CRank", "CDigest", "CZlib", "COpedbSystem", "CLibXML2",
                                             .product(name: "Yams", package: "Yams")]),
        // The command-line interface: argument parsing and output only.
        .executableTarget(
            name: "OpedbCLI",
            dependencies: [
                "OpeDB",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The web site over an archive: routes, pages and the HTML builder (tested without a socket).
        .target(
            name: "OpedbWeb",
            dependencies: ["OpeDB", "SQLite", "CDigest", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        // `opedb-serve`: arguments, the warning for a non-loopback host, and the server's run loop.
        .executableTarget(
            name: "OpedbServe",
            dependencies: [
                "OpedbWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `OpedbFuzz`: the parser under libFuzzer when Tests/Reliability/fuzz.sh builds it with
        // -DOPEDB_FUZZING, else a replay of saved inputs through the parser. No product of its
        // own, so `make install` (every executable product) leaves it out.
        .executableTarget(name: "OpedbFuzz", dependencies: ["OpeDB"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "OpeDBTests", dependencies: ["OpeDB", "SQLite", "CDigest"]),
        .testTarget(name: "OpedbCLITests", dependencies: ["OpedbCLI", "OpeDB", "SQLite"]),
        .testTarget(name: "OpedbWebTests", dependencies: [
            "OpedbWeb", "OpeDB", "OpedbCLI", "OpedbServe",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
