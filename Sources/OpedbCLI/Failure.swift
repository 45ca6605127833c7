import ArgumentParser
import OpeDB

/// Runs a command body, turning errors into one `opedb: …` line on stderr and the exit status
/// the conventions give: 2 for archive-level problems and usage, 1 for anything else.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as ArchiveError {
        Terminal.standardError("opedb: \(error)")
        throw ExitCode(2)
    } catch let error as UsageError {
        Terminal.standardError("opedb: \(error.message)")
        throw ExitCode(2)
    } catch {
        Terminal.standardError("opedb: \(error)")
        throw ExitCode(1)
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
