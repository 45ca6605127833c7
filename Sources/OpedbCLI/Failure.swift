import ArgumentParser
import OpeDB
import SQLite

/// Runs a command body, turning errors into one `opedb: …` line on stderr and the exit status
/// the conventions give: 2 for archive-level problems (locked, damaged, …) and usage, 1 for
/// anything else.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        let (message, status) = Failure.describe(error)
        Terminal.standardError("opedb: \(message)")
        throw ExitCode(status)
    }
}

enum Failure {
    /// The one line a user reads for `error`, and the exit status. SQLite's errors are told by
    /// their message and code, never the SQL (a developer detail that reads as noise, over lines).
    static func describe(_ error: any Error) -> (message: String, status: Int32) {
        switch error {
        case let error as ArchiveError:
            if case .database(let sqlite, let context) = error, let known = sentence(for: sqlite) {
                return (oneLine("\(context): \(known.message)"), known.status)
            }
            return (oneLine(error.description), 2)
        case let error as OutputError: return (oneLine(error.description), 2)
        case let error as UsageError: return (oneLine(error.message), 2)
        case let error as SQLiteError:
            return sentence(for: error).map { (oneLine($0.message), $0.status) }
                ?? (oneLine("database error: \(error.summary)"), 1)
        default: return (oneLine(String(describing: error)), 1)
        }
    }

    /// Locks and damage are archive-level problems (exit status 2, as the README says).
    private static func sentence(for error: SQLiteError) -> (message: String, status: Int32)? {
        if ArchiveError.isIndexDamage(error) {
            return ("the search index is damaged; run 'opedb optimize --rebuild-index' to rebuild it from the articles", 2)
        }
        switch error.code {
        case .busy, .locked:
            return ("the archive is locked by another process (\(error.message)); try again when it has finished", 2)
        case .corrupt, .notADatabase:
            return ("the archive is damaged (\(error.message)); run 'opedb check' for details", 2)
        default:
            return nil
        }
    }

    /// Newlines and other control characters in a message become spaces: one line on stderr.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
    }
}

/// A mistake in how the command was called, found after parsing (exit status 2).
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// A named item that does not exist (exit status 1).
struct NotFound: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
