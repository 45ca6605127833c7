/// Why one input of `opedb add` was not read. Each is the one-line reason the user sees.
public enum InputProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound
    case notRegularFile(kind: String)
    case unreadable(reason: String)
    case tooLarge(size: Int, limit: Int)
    case symlinkLoop
    case unparsable(ParseError)

    public var description: String {
        switch self {
        case .notFound: return "no such file or directory"
        case .notRegularFile(let kind): return "not a regular file (\(kind)); refused without opening it"
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .tooLarge(let size, let limit):
            return "file is \(InputProblem.megabytes(size)), above the \(InputProblem.megabytes(limit)) limit (raise it with --max-size)"
        case .symlinkLoop: return "directory symlink loop; not followed"
        case .unparsable(let error): return error.description
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\(Double(Int(mb * 10)) / 10) MB"
    }
}
