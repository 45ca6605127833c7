#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The inputs of `opedb add`: files, folders (walked recursively for articles, see
/// ``isArticleName(_:)``, in
/// sorted order so ids are reproducible) and `-` for stdin.
///
/// Only regular files are read; a FIFO or device is refused from its `stat` without being
/// opened, and a directory reached twice through symlinks is reported once, not walked again.
public enum InputFiles {
    /// One input: a path to read, or a problem found while collecting it.
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var problem: InputProblem?
        public var isStdin: Bool { path == "-" }
    }

    /// The inputs named by `arguments`, in order, folders expanded in sorted order — produced one
    /// at a time as folders are walked: memory
    /// holds only the listings of the folders on the current path, whatever the number of files
    /// (a list of a million paths would cost more than the rest of `add`).
    public static func walk(_ arguments: [String]) -> Walk { Walk(arguments: arguments) }

    /// A depth-first walk, each folder's names sorted; the same order a recursive walk gives.
    public struct Walk: Sequence, IteratorProtocol {
        private var arguments: IndexingIterator<[String]>
        private var folders: [Folder] = []
        private var visited: Set<FileID> = []

        private struct Folder {
            var base: String
            var names: [String]
            var next = 0
        }

        init(arguments: [String]) { self.arguments = arguments.makeIterator() }

        public mutating func next() -> Entry? {
            while true {
                if !folders.isEmpty {
                    let top = folders.count - 1
                    guard folders[top].next < folders[top].names.count else {
                        folders.removeLast()
                        continue
                    }
                    let name = folders[top].names[folders[top].next]
                    folders[top].next += 1
                    let child = folders[top].base + name
                    var info = stat()
                    guard stat(child, &info) == 0 else {
                        if errno == ELOOP { return Entry(path: child, problem: .symlinkLoop) }
                        continue  // a dangling symlink in a folder is not an input
                    }
                    if isDirectory(info) {
                        if let problem = enter(child, info: info) { return problem }
                    } else if isArticleName(name) {
                        return Entry(path: child, problem: regularFileProblem(info))
                    }
                    continue
                }
                guard let argument = arguments.next() else { return nil }
                if argument == "-" { return Entry(path: "-") }
                var info = stat()
                guard stat(argument, &info) == 0 else {
                    let problem: InputProblem = errno == ENOENT || errno == ENOTDIR ? .notFound
                        : errno == ELOOP ? .symlinkLoop : .unreadable(reason: String(cString: strerror(errno)))
                    return Entry(path: argument, problem: problem)
                }
                if isDirectory(info) {
                    if let problem = enter(argument, info: info) { return problem }
                } else {
                    return Entry(path: argument, problem: regularFileProblem(info))
                }
            }
        }

        /// Lists a folder for walking, or returns why it cannot be (reached twice, unreadable).
        private mutating func enter(_ path: String, info: stat) -> Entry? {
            guard visited.insert(FileID(info)).inserted else { return Entry(path: path, problem: .symlinkLoop) }
            guard let dir = opendir(path) else {
                return Entry(path: path, problem: .unreadable(reason: String(cString: strerror(errno))))
            }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }  // ., .., hidden files and folders like .git
                names.append(name)
            }
            closedir(dir)
            folders.append(Folder(base: path.hasSuffix("/") ? path : path + "/", names: names.sorted()))
            return nil
        }
    }

    /// Reads a file (or stdin for `-`), refusing more than `maxSize` bytes.
    public static func read(_ entry: Entry, maxSize: Int) throws(InputProblem) -> [UInt8] {
        if let problem = entry.problem { throw problem }
        if entry.isStdin { return try readAll(fd: 0, maxSize: maxSize) }
        let fd = open(entry.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT ? .notFound : .unreadable(reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        if let problem = regularFileProblem(info) { throw problem }
        if Int(info.st_size) > maxSize { throw .tooLarge(size: Int(info.st_size), limit: maxSize) }
        return try readAll(fd: fd, maxSize: maxSize, expected: Int(info.st_size))
    }

    private static func readAll(fd: Int32, maxSize: Int, expected: Int = 0) throws(InputProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(expected, 4096), maxSize) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // stdin set non-blocking by someone else: wait for data.
                    var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&pfd, 1, -1)
                    continue
                }
                throw .unreadable(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxSize { throw .tooLarge(size: bytes.count, limit: maxSize) }
        }
        return bytes
    }

    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Folders contribute text and Markdown files and saved web pages, gzipped or not.
    static func isArticleName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return articleSuffixes.contains { lower.hasSuffix($0) }
    }

    static let articleSuffixes = [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"]

    private static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    private static func regularFileProblem(_ info: stat) -> InputProblem? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return .notRegularFile(kind: "a FIFO")
        case S_IFCHR: return .notRegularFile(kind: "a character device")
        case S_IFBLK: return .notRegularFile(kind: "a block device")
        case S_IFSOCK: return .notRegularFile(kind: "a socket")
        case S_IFDIR: return .notRegularFile(kind: "a directory")
        default: return .notRegularFile(kind: "a special file")
        }
    }
}
