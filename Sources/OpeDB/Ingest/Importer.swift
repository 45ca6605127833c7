#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import COpedbSystem
import SQLite

/// Adds article files to an archive, fast and without losing anything on bad input.
///
/// Files are read and parsed on background threads, ahead of the single writer; the writer
/// stores each article as it arrives, many per transaction and without a savepoint each (a
/// savepoint per row flushes FTS5's pending terms and halves throughput). A transaction is capped
/// at half a second of work so other writers get turns. If the database rejects something
/// mid-batch, the batch is rolled back and replayed one article per transaction, so one bad file
/// never loses the others. Results are stored and reported in input order.
public final class Importer {
    private let archive: Archive
    public var maxSize = Importer.defaultMaxSize
    public var dryRun = false
    /// Whether an input whose URL names a plainly different article (title and authors both
    /// differ) may replace it (`add --replace`); otherwise such an input fails and nothing changes.
    public var replacing = false
    /// Upper bound of articles in one transaction.
    public var batchLimit = 2_000
    /// Time budget of one write transaction, in seconds. Each commit also writes the index's
    /// pending terms as a segment, so longer transactions mean fewer segments to merge later.
    public var batchSeconds = 0.5

    /// Parsing threads: one per core. They run at a lower priority than the writer (nice 10): with
    /// equal priority the writer — the pipeline's bottleneck — was preempted for a quarter of its
    /// time (100,000 articles: 47.6 s of wall time for 35.0 s of CPU) while parsers ran ahead and
    /// then sat idle with a full window. With one parser thread the writer waited for parsing
    /// instead. `OPEDB_PARSERS` overrides the count, for measuring.
    static var parserCount: Int {
        if let value = getenv("OPEDB_PARSERS").flatMap({ Int(String(cString: $0)) }), value > 0 { return value }
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    static let parserNiceness: Int32 = 10

    /// 50 MB: far above any real article, far below what would hurt.
    public static let defaultMaxSize = 50 * 1_048_576

    public init(archive: Archive) { self.archive = archive }

    fileprivate enum Item: Sendable {
        case ready(Prepared)
        case failed(AddResult)
    }

    fileprivate struct Prepared: Sendable {
        var entry: InputFiles.Entry
        var article: ParsedArticle
        /// The original bytes, encoded for storage here on the parsing thread.
        var stored: StoredSource
        var hash: String
        var fingerprint: String
        /// Tags, corrections and author identities from the file's front matter (an export's).
        var curation: ArticleCuration? = nil
        var path: String { entry.path }
    }

    /// What became of one input in the open batch, reported when the batch ends. Kept light —
    /// the parsed article is not held — so memory does not grow with the batch: if the batch
    /// must be replayed, its inputs are read and parsed again (stdin's bytes are kept).
    private enum Record {
        case failed(AddResult)
        case stored(AddResult, entry: InputFiles.Entry, stdin: Prepared?)
    }

    /// One write transaction in progress.
    private struct Batch {
        var isOpen = false
        var started = 0.0
        var records: [Record] = []
        let deferred = DeferredIndex()
    }

    /// Adds every entry, calling `report` once per entry, in input order. `entries` is consumed
    /// lazily (a folder walk need not be listed first).
    public func add<Entries: Sequence<InputFiles.Entry>>(_ entries: Entries, report: (AddResult) -> Void) throws {
        if !dryRun {
            // A bigger page cache and rarer checkpoints for a bulk load (bounded: 16 MB, 16 MB of WAL).
            try archive.connection.execute("PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 4000")
        }
        let preparer = Preparer(maxSize: maxSize, dryRun: dryRun)
        // Parse up to `window` chunks ahead of the writer; memory stays bounded whatever N is
        // (about 16 KB per parsed article). The window must outlast the writer's end-of-batch
        // work (index entries and commit, a few tenths of a second) or the parsers sit idle
        // then: 6 chunks left them idle 1.5 s of a 10,000-article add.
        let chunkSize = 16
        let window = 64
        var remaining = entries.makeIterator()
        var inFlight: [ChunkSlot] = []  // oldest first
        let queues = (0..<Importer.parserCount).map { DispatchQueue(label: "opedb.parse.\($0)") }
        var submitted = 0
        func submitNext() {
            var taken: [InputFiles.Entry] = []
            while taken.count < chunkSize, let entry = remaining.next() { taken.append(entry) }
            guard !taken.isEmpty else { return }
            let chunk = taken
            defer { submitted += 1 }
            let slot = ChunkSlot()
            inFlight.append(slot)
            queues[submitted % queues.count].async {
                // The writer is the pipeline's critical path: parsers give way to it when they contend.
                _ = opedb_lower_thread_priority(Importer.parserNiceness)
                slot.items = chunk.map(preparer.prepare)
                slot.ready.signal()
            }
        }
        for _ in 0..<window { submitNext() }
        var waited = 0.0
        let began = monotonicSeconds()
        defer {
            if getenv("OPEDB_PROFILE") != nil {
                var ts = timespec()
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
                let cpu = Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
                let line = "importer: writer waited \(waited)s for parsing, worked \(monotonicSeconds() - began - waited)s, used \(cpu)s CPU\n"
                _ = line.withCString { write(2, $0, strlen($0)) }
            }
        }
        var batch = Batch()
        defer { if batch.isOpen { rollback(&batch) } }
        while !inFlight.isEmpty {
            let slot = inFlight.removeFirst()
            let t0 = monotonicSeconds()
            slot.ready.wait()
            waited += monotonicSeconds() - t0
            let items = slot.items
            slot.items = []
            submitNext()
            for item in items {
                try store(item, in: &batch, preparer: preparer, report: report)
                if batch.records.count >= batchLimit || (batch.isOpen && monotonicSeconds() - batch.started >= batchSeconds) {
                    try end(&batch, preparer: preparer, report: report)
                }
            }
        }
        try end(&batch, preparer: preparer, report: report)
        if !dryRun { archive.checkpointAndTruncate(above: 16 << 20) }
    }

    /// Stores one input in the open batch (opening it when needed).
    private func store(_ item: Item, in batch: inout Batch, preparer: Preparer, report: (AddResult) -> Void) throws {
        guard case .ready(let prepared) = item else {
            if case .failed(let result) = item { batch.records.append(.failed(result)) }
            return
        }
        if dryRun {
            do {
                let planned = try ArticleRepository(connection: archive.connection)
                    .plannedOutcome(prepared.article, contentHash: prepared.hash, replacing: replacing)
                batch.records.append(.stored(result(prepared, outcome: planned), entry: prepared.entry, stdin: nil))
            } catch {
                batch.records.append(.failed(failure(prepared, Importer.describe(error))))
            }
            return
        }
        if !batch.isOpen {
            try archive.connection.execute("BEGIN IMMEDIATE")
            batch.isOpen = true
            batch.started = monotonicSeconds()
        }
        do {
            let bulk = ArticleRepository(connection: archive.connection, deferredIndex: batch.deferred)
            let outcome = try save(prepared, with: bulk)
            batch.records.append(.stored(result(prepared, outcome: outcome),
                                         entry: prepared.entry, stdin: prepared.entry.isStdin ? prepared : nil))
        } catch {
            rollback(&batch)
            try rethrowIfArchiveLevel(error)
            try replay(&batch, then: prepared, preparer: preparer, report: report)
        }
    }

    /// Commits the open batch and reports its inputs.
    private func end(_ batch: inout Batch, preparer: Preparer, report: (AddResult) -> Void) throws {
        if batch.isOpen {
            do {
                try batch.deferred.flush(into: archive.connection)
                try archive.connection.execute("COMMIT")
                batch.isOpen = false
            } catch {
                rollback(&batch)
                try rethrowIfArchiveLevel(error)
                try replay(&batch, then: nil, preparer: preparer, report: report)
                return
            }
        }
        for record in batch.records {
            switch record {
            case .failed(let result), .stored(let result, _, _): report(result)
            }
        }
        batch.records.removeAll(keepingCapacity: true)
    }

    private func rollback(_ batch: inout Batch) {
        if !archive.connection.isAutocommit { try? archive.connection.execute("ROLLBACK") }
        batch.deferred.discard()
        batch.isOpen = false
    }

    /// After a rollback: stores the batch's inputs again one per transaction, so only the culprit
    /// fails, then `extra` (the article that failed), and reports them all.
    private func replay(_ batch: inout Batch, then extra: Prepared?, preparer: Preparer,
                        report: (AddResult) -> Void) throws {
        let repository = ArticleRepository(connection: archive.connection)
        var items: [Item] = batch.records.map { record in
            switch record {
            case .failed(let result): return .failed(result)
            case .stored(_, let entry, let stdin): return stdin.map(Item.ready) ?? preparer.prepare(entry)
            }
        }
        batch.records.removeAll()
        if let extra { items.append(.ready(extra)) }
        for item in items {
            switch item {
            case .failed(let result):
                report(result)
            case .ready(let prepared):
                do {
                    let outcome = try archive.connection.transaction(.immediate) { try save(prepared, with: repository) }
                    report(result(prepared, outcome: outcome))
                } catch {
                    try rethrowIfArchiveLevel(error)
                    report(failure(prepared, "could not store: \(Importer.describe(error))"))
                }
            }
        }
    }

    private func save(_ prepared: Prepared, with repository: ArticleRepository) throws -> ArticleRepository.Outcome {
        if let curation = prepared.curation, !curation.authors.isEmpty {
            // An input that will be refused stores nothing: not even its authors' merges and renames.
            let planned = try repository.plannedOutcome(prepared.article, contentHash: prepared.hash, replacing: replacing)
            if case .refused = planned { return planned }
            try repository.prepare(for: curation)
        }
        let edits = prepared.curation.flatMap { $0.edits.isEmpty ? nil : $0.edits }
        let outcome = try repository.save(prepared.article, stored: prepared.stored, contentHash: prepared.hash,
                                          sourcePath: prepared.entry.isStdin ? nil : prepared.path,
                                          fingerprint: prepared.fingerprint, edits: edits, replacing: replacing)
        if let curation = prepared.curation { try repository.restore(curation, to: outcome) }
        return outcome
    }

    private func result(_ prepared: Prepared, outcome: ArticleRepository.Outcome) -> AddResult {
        if case .refused(let id, let previous) = outcome {
            var refused = failure(prepared, "not stored: its URL belongs to article \(id), \u{201C}\(previous)\u{201D}, "
                                  + "a different article (title and authors differ); add it with --replace to replace that article")
            refused.replacedTitle = previous
            return refused
        }
        let status: AddResult.Status = switch outcome {
        case .added: .added
        case .updated: .updated
        case .unchanged: .unchanged
        case .replaced, .refused: .replaced
        }
        return AddResult(path: prepared.path, status: status, id: outcome.id == 0 ? nil : outcome.id,
                         title: prepared.article.title, error: nil, warnings: prepared.article.warnings,
                         dryRun: dryRun, authors: prepared.article.authors.map(\.name), publishedOn: prepared.article.publishedOn,
                         replacedTitle: outcome.previousTitle)
    }

    /// What a user reads about a failed input: SQLite's message and code, never the SQL.
    static func describe(_ error: any Error) -> String {
        (error as? SQLiteError)?.summary ?? String(describing: error)
    }

    private func failure(_ prepared: Prepared, _ message: String) -> AddResult {
        var failed = AddResult.failed(prepared.path, message, dryRun: dryRun)
        failed.title = prepared.article.title
        return failed
    }

    /// A full disk, a read-only file or a damaged archive (or search index, or stored original)
    /// stops the whole run: replaying article by article could not succeed, and the user must act.
    private func rethrowIfArchiveLevel(_ error: any Error) throws {
        if error is ArchiveError { throw error }
        guard let sqlite = error as? SQLiteError else { return }
        switch sqlite.code {
        case .full, .readOnly, .corrupt, .notADatabase, .ioError, .cantOpen, .busy, .locked:
            throw ArchiveError.wrap(sqlite, path: archive.path, context: "cannot write to \(archive.path)")
        default:
            if ArchiveError.isIndexDamage(sqlite) { throw ArchiveError.indexDamaged(path: archive.path) }
            return
        }
    }
}

/// One chunk of parsed inputs, filled by a background thread and read by the writer after
/// `ready` is signalled (the semaphore orders the accesses).
private final class ChunkSlot: @unchecked Sendable {
    var items: [Importer.Item] = []
    let ready = DispatchSemaphore(value: 0)
}

/// Reads, decodes and parses one input: everything that can happen before the write transaction.
private struct Preparer: Sendable {
    let maxSize: Int
    let dryRun: Bool
    let parser = ArticleParser()

    func prepare(_ entry: InputFiles.Entry) -> Importer.Item {
        if entry.isSkipped { return .failed(.skipped(entry.path, entry.problem?.description ?? "not an article", dryRun: dryRun)) }
        do throws(InputProblem) {
            let bytes = try InputFiles.read(entry, maxSize: maxSize)
            let decoded: ArticleSource
            do { decoded = try ArticleSource.read(bytes) } catch { throw InputProblem.unparsable(error) }
            var article: ParsedArticle
            do { article = try parser.parse(source: decoded) } catch { throw InputProblem.unparsable(error) }
            let fingerprint = article.fingerprint  // the parse's own, before warnings about curation
            var curation = decoded.isHTML ? nil : CurationFrontMatter.read(decoded.text)
            if let edits = curation?.edits, !edits.isEmpty {
                let checked = ArticleEditor.checked(edits)
                curation?.edits = checked.edits
                article.warnings += checked.warnings
            }
            // A dry run stores nothing: no need to deflate.
            let stored = dryRun ? StoredSource(bytes: bytes, encoding: .raw)
                : StoredSource.encode(bytes, dictionary: StoredSource.dictionary(for: article))
            return .ready(Importer.Prepared(entry: entry, article: article, stored: stored, hash: ContentHash.of(decoded.text),
                                            fingerprint: fingerprint,
                                            curation: curation))
        } catch {
            return .failed(.failed(entry.path, error.description, dryRun: dryRun))
        }
    }
}
