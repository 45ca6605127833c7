#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import SQLite

/// Adds article files to an archive, fast and without losing anything on bad input.
///
/// Files are read and parsed before the write transaction; articles are then stored in batches,
/// many per transaction and without a savepoint each (a savepoint per row flushes FTS5's pending
/// terms and halves throughput). A batch is capped at about a quarter of a second of work so
/// other writers get turns. If the database rejects something mid-batch, the batch is rolled
/// back and replayed one article per transaction, so one bad file never loses the others.
///
/// Reading and parsing run on background threads a few chunks ahead of the single writer, so
/// both cores work; results are still stored and reported in input order.
public final class Importer {
    private let archive: Archive
    public var maxSize = Importer.defaultMaxSize
    public var dryRun = false
    /// Upper bound of articles in one transaction.
    public var batchLimit = 2_000
    /// Time budget of one write transaction, in seconds. Each commit also writes the index's
    /// pending terms as a segment, so longer transactions mean fewer segments to merge later.
    public var batchSeconds = 0.5

    /// 50 MB: far above any real article, far below what would hurt.
    public static let defaultMaxSize = 50 * 1_048_576

    public init(archive: Archive) { self.archive = archive }

    fileprivate enum Item: Sendable {
        case ready(Prepared)
        case failed(AddResult)
    }

    private enum Stored {
        case stored(status: String, id: Int?)
        case failed(String)
    }

    fileprivate struct Prepared: Sendable {
        var path: String
        var article: ParsedArticle
        var bytes: [UInt8]
        var hash: String
        var fingerprint: String
    }

    /// Adds every entry, calling `report` once per entry, in input order.
    public func add(_ entries: [InputFiles.Entry], report: (AddResult) -> Void) throws {
        if !dryRun {
            // A bigger page cache and rarer checkpoints for a bulk load (bounded: 32 MB, 16 MB of WAL).
            try archive.connection.execute("PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 4000")
        }
        var pending: [Item] = []
        var batchStart = monotonicSeconds()
        let preparer = Preparer(maxSize: maxSize, dryRun: dryRun)
        // Parse up to `window` chunks ahead of the writer; memory stays bounded whatever N is
        // (about 16 KB per parsed article). The window must outlast the writer's end-of-batch
        // work (index entries and commit, a few tenths of a second) or the parsers sit idle
        // then: 6 chunks left them idle 1.5 s of a 10,000-article add, 32 chunks 1.2 s.
        let chunkSize = 16
        let window = 32
        let chunkCount = (entries.count + chunkSize - 1) / chunkSize
        let slots = (0..<chunkCount).map { _ in ChunkSlot() }
        func submit(_ index: Int) {
            let slot = slots[index]
            let chunk = Array(entries[(index * chunkSize)..<min(entries.count, (index + 1) * chunkSize)])
            DispatchQueue.global().async {
                slot.items = chunk.map(preparer.prepare)
                slot.ready.signal()
            }
        }
        for index in 0..<min(window, chunkCount) { submit(index) }
        var waited = 0.0, stored = 0.0
        defer {
            if getenv("OPEDB_PROFILE") != nil {
                let line = "importer: writer waited \(waited)s for parsing, stored for \(stored)s\n"
                _ = line.withCString { write(2, $0, strlen($0)) }
            }
        }
        for index in 0..<chunkCount {
            let slot = slots[index]
            let t0 = monotonicSeconds()
            slot.ready.wait()
            waited += monotonicSeconds() - t0
            let items = slot.items
            slot.items = []
            if index + window < chunkCount { submit(index + window) }
            for item in items {
                pending.append(item)
                if pending.count >= batchLimit || monotonicSeconds() - batchStart >= batchSeconds {
                    let t1 = monotonicSeconds()
                    try flush(&pending, report: report)
                    batchStart = monotonicSeconds()
                    stored += batchStart - t1
                }
            }
        }
        let t2 = monotonicSeconds()
        try flush(&pending, report: report)
        stored += monotonicSeconds() - t2
    }

    private func flush(_ pending: inout [Item], report: (AddResult) -> Void) throws {
        defer { pending.removeAll(keepingCapacity: true) }
        let prepared = pending.compactMap { item -> Prepared? in
            if case .ready(let p) = item { return p } else { return nil }
        }
        guard !prepared.isEmpty else {
            for case .failed(let result) in pending { report(result) }
            return
        }
        let repository = ArticleRepository(connection: archive.connection)
        var outcomes: [Int: Stored] = [:]  // index in `prepared`
        if dryRun {
            for (i, item) in prepared.enumerated() {
                do {
                    let planned = try repository.plannedOutcome(url: item.article.url, contentHash: item.hash)
                    outcomes[i] = .stored(status: planned.status, id: planned.id)
                } catch {
                    outcomes[i] = .failed(String(describing: error))
                }
            }
        } else {
            let deferred = DeferredIndex()
            let bulk = ArticleRepository(connection: archive.connection, deferredIndex: deferred)
            do {
                try archive.connection.transaction(.immediate) {
                    defer { deferred.discard() }
                    for (i, item) in prepared.enumerated() {
                        let outcome = try bulk.save(item.article, source: item.bytes, contentHash: item.hash,
                                                          sourcePath: item.path == "-" ? nil : item.path,
                                                          fingerprint: item.fingerprint)
                        outcomes[i] = .stored(status: outcome.status, id: outcome.id)
                    }
                    try deferred.flush(into: archive.connection)
                }
            } catch {
                try rethrowIfArchiveLevel(error)
                // Replay one article per transaction so only the culprit fails.
                outcomes.removeAll()
                for (i, item) in prepared.enumerated() {
                    do {
                        let outcome = try archive.connection.transaction(.immediate) {
                            try repository.save(item.article, source: item.bytes, contentHash: item.hash,
                                                sourcePath: item.path == "-" ? nil : item.path,
                                                          fingerprint: item.fingerprint)
                        }
                        outcomes[i] = .stored(status: outcome.status, id: outcome.id)
                    } catch {
                        try rethrowIfArchiveLevel(error)
                        outcomes[i] = .failed("could not store: \(error)")
                    }
                }
            }
        }
        var next = 0
        for item in pending {
            switch item {
            case .failed(let result):
                report(result)
            case .ready(let prepared):
                let index = next
                next += 1
                switch outcomes[index]! {
                case .stored(let status, let id):
                    report(AddResult(path: prepared.path, status: AddResult.Status(rawValue: status)!, id: id,
                                     title: prepared.article.title, error: nil, warnings: prepared.article.warnings,
                                     dryRun: dryRun, authors: prepared.article.authors.map(\.name),
                                     publishedOn: prepared.article.publishedOn))
                case .failed(let message):
                    var failed = AddResult.failed(prepared.path, message, dryRun: dryRun)
                    failed.title = prepared.article.title
                    report(failed)
                }
            }
        }
    }

    /// A full disk, a read-only file or a damaged archive stops the whole run: replaying
    /// article by article could not succeed, and the user must act.
    private func rethrowIfArchiveLevel(_ error: any Error) throws {
        guard let sqlite = error as? SQLiteError else { return }
        switch sqlite.code {
        case .full, .readOnly, .corrupt, .notADatabase, .ioError, .cantOpen, .busy, .locked:
            throw ArchiveError.wrap(sqlite, path: archive.path, context: "cannot write to \(archive.path)")
        default:
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
        do throws(InputProblem) {
            let bytes = try InputFiles.read(entry, maxSize: maxSize)
            let decoded: SourceDecoder.Decoded
            do { decoded = try SourceDecoder.decode(bytes) } catch { throw InputProblem.unparsable(error) }
            var article: ParsedArticle
            do { article = try parser.parse(text: decoded.text) } catch { throw InputProblem.unparsable(error) }
            article.warnings = decoded.warnings + article.warnings
            return .ready(Importer.Prepared(path: entry.path, article: article, bytes: bytes, hash: ContentHash.of(decoded.text),
                                            fingerprint: article.fingerprint))
        } catch {
            return .failed(.failed(entry.path, error.description, dryRun: dryRun))
        }
    }
}

/// Seconds from a monotonic clock, for batch budgets.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
