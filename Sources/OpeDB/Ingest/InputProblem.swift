/// Why one input of `opedb add` was not read, or why an entry of a folder is not an input.
/// Each is the one-line reason the user sees.
public enum InputProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound
    case notRegularFile(kind: String)
    case unreadable(reason: String)
    case tooLarge(size: Int, limit: Int)
    case symlinkLoop
    case unparsable(ParseError)
    /// On /proc, /sys and the like: some of those files block for ever when read.
    case kernelFilesystem
    /// Longer than the system's limit on a path (`PATH_MAX` bytes).
    case pathTooLong(limit: Int)
    /// A symlink whose target does not exist.
    case danglingSymlink
    /// A folder's entry that is not an article file, by its name (`.pdf`), or without a suffix.
    case unsupportedName(suffix: String?)
    /// A name starting with a dot (`.git`, `.DS_Store`).
    case hidden
    /// A symlink to a folder, without `--follow`.
    case directorySymlink
    /// With `--follow`: a symlink to a folder on another filesystem than the folder holding it.
    case otherFilesystem
    /// A folder reached a second time (through a symlink): walked once.
    case alreadyWalked

    public var description: String {
        switch self {
        case .notFound: return "no such file or directory"
        case .notRegularFile(let kind): return "not a regular file (\(kind)); refused without opening it"
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .tooLarge(let size, let limit):
            return "file is \(InputProblem.megabytes(size)), above the \(InputProblem.megabytes(limit)) limit (raise it with --max-size)"
        case .symlinkLoop: return "directory symlink loop; not followed"
        case .unparsable(let error): return error.description
        case .kernelFilesystem: return "on a kernel filesystem (/proc, /sys); refused without reading"
        case .pathTooLong(let limit): return "path longer than the system's limit of \(limit) bytes; move or rename it"
        case .danglingSymlink: return "dangling symlink (its target does not exist)"
        case .unsupportedName(let suffix):
            return suffix.map { "\($0) not supported" } ?? "no file extension; not an article file"
        case .hidden: return "hidden (its name starts with a dot)"
        case .directorySymlink: return "symlink to a folder; not followed (--follow follows it)"
        case .otherFilesystem: return "symlink to a folder on another filesystem; not followed"
        case .alreadyWalked: return "folder already walked (reached again through a symlink)"
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\(Double(Int(mb * 10)) / 10) MB"
    }
}
