#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import COpedbSystem

/// The inputs of `opedb add`: files, folders (walked recursively for articles, see
/// ``isArticleName(_:)``, in sorted order so ids are reproducible) and `-` for stdin.
///
/// Nothing is passed over without a word: every entry of a folder that is not read comes out
/// as an entry with its reason — skipped when it is not an article (another suffix, a hidden
/// name, a symlink to a folder), failed when it looks like one but cannot be read (a dangling
/// symlink, a path too long, a FIFO). Paths are bytes (names need not be UTF-8). Only regular
/// files are read; FIFOs, devices and anything on /proc or /sys are refused by type before any
/// read. Symlinks to folders are followed only with `follow` (as `rg --follow`), then never
/// onto another filesystem and never twice (device and inode).
public enum InputFiles {
    /// One input: a path to read, or a problem found while collecting it.
    public struct Entry: Equatable, Sendable {
        /// The path as shown: bytes that are not UTF-8 escaped (`caf\xE9.md`).
        public var path: String
        /// The path as the system spells it: what is opened.
        public var bytes: [UInt8]
        public var problem: InputProblem?
        /// Not an article at all (a folder's `.pdf`, a hidden name): reported, but not a failure.
        public var isSkipped = false
        public var isStdin: Bool { bytes == [UInt8(ascii: "-")] }

        public init(path: String, problem: InputProblem? = nil) {
            self.init(bytes: Array(path.utf8), problem: problem)
        }

        public init(bytes: [UInt8], problem: InputProblem? = nil, isSkipped: Bool = false) {
            self.path = PathBytes.display(bytes)
            self.bytes = bytes
            self.problem = problem
            self.isSkipped = isSkipped
        }
    }

    /// The inputs named by `arguments`, in order, folders expanded in sorted order — produced one
    /// at a time as folders are walked: memory
    /// holds only the listings of the folders on the current path, whatever the number of files
    /// (a list of a million paths would cost more than the rest of `add`).
    public static func walk(_ arguments: [String], follow: Bool = false) -> Walk {
        walk(bytes: arguments.map { Array($0.utf8) }, follow: follow)
    }

    /// The same, for arguments given as the bytes the system passed (names need not be UTF-8).
    public static func walk(bytes arguments: [[UInt8]], follow: Bool = false) -> Walk {
        Walk(arguments: arguments, follow: follow)
    }

    /// A depth-first walk, each folder's names sorted by their bytes; the same order a recursive walk gives.
    public struct Walk: Sequence, IteratorProtocol {
        private var arguments: IndexingIterator<[[UInt8]]>
        private let follow: Bool
        private var folders: [Folder] = []
        private var visited: Set<FileID> = []
        /// The folders above the folder named on the command line that is being walked: a link
        /// to one of them (`/`, `~`, `../..`) is a loop that would walk the disk, never followed.
        private var ancestors: Set<FileID> = []

        private struct Folder {
            var base: [UInt8]
            var names: [[UInt8]]
            var next = 0
        }

        init(arguments: [[UInt8]], follow: Bool) {
            self.arguments = arguments.makeIterator()
            self.follow = follow
        }

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
                    if let entry = visit(folders[top].base, name) { return entry }
                    continue
                }
                guard let argument = arguments.next() else { return nil }
                if argument == [UInt8(ascii: "-")] { return Entry(bytes: argument) }
                if let entry = visitArgument(argument) { return entry }
            }
        }

        /// A path the user named: followed if a symlink, read whatever its name.
        private mutating func visitArgument(_ path: [UInt8]) -> Entry? {
            if path.count >= PathBytes.maximumLength { return Entry(bytes: path, problem: .pathTooLong(limit: PathBytes.maximumLength)) }
            var info = stat()
            guard PathBytes.withCString(path, { stat($0, &info) }) == 0 else {
                let code = errno
                var link = stat()
                let problem: InputProblem = code == ELOOP ? .symlinkLoop
                    : code == ENAMETOOLONG ? .pathTooLong(limit: PathBytes.maximumLength)
                    : code == ENOENT && PathBytes.withCString(path, { lstat($0, &link) }) == 0 ? .danglingSymlink
                    : code == ENOENT || code == ENOTDIR ? .notFound
                    : .unreadable(reason: String(cString: strerror(code)))
                return Entry(bytes: path, problem: problem)
            }
            if isDirectory(info) {
                ancestors = Self.ancestors(of: path)
                return enter(path, info: info, named: true)
            }
            return Entry(bytes: path, problem: fileProblem(path, info))
        }

        /// Every folder above `path` by device and inode, up to `/` (whose `..` is itself).
        private static func ancestors(of path: [UInt8]) -> Set<FileID> {
            var found: Set<FileID> = []
            var current = path
            while true {
                current += Array("/..".utf8)
                var info = stat()
                guard current.count < PathBytes.maximumLength, PathBytes.withCString(current, { stat($0, &info) }) == 0,
                      found.insert(FileID(info)).inserted else { return found }
            }
        }

        /// One entry of a folder being walked.
        private mutating func visit(_ base: [UInt8], _ name: [UInt8]) -> Entry? {
            let path = base + name
            let looksLikeArticle = InputFiles.isArticleName(PathBytes.text(name))
            // An entry that looks like an article and cannot be read fails; anything else is skipped.
            func unread(_ problem: InputProblem) -> Entry {
                Entry(bytes: path, problem: problem, isSkipped: !looksLikeArticle)
            }
            if name.first == UInt8(ascii: ".") { return Entry(bytes: path, problem: .hidden, isSkipped: true) }
            // What cannot be looked at may be a folder of articles: those fail, whatever the name.
            if path.count >= PathBytes.maximumLength { return Entry(bytes: path, problem: .pathTooLong(limit: PathBytes.maximumLength)) }
            var info = stat()
            guard PathBytes.withCString(path, { lstat($0, &info) }) == 0 else {
                return Entry(bytes: path, problem: errno == ENAMETOOLONG ? .pathTooLong(limit: PathBytes.maximumLength)
                             : .unreadable(reason: String(cString: strerror(errno))))
            }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                let linkDevice = info.st_dev
                guard PathBytes.withCString(path, { stat($0, &info) }) == 0 else {
                    return unread(errno == ELOOP ? .symlinkLoop : errno == ENOENT ? .danglingSymlink
                                  : .unreadable(reason: String(cString: strerror(errno))))
                }
                if isDirectory(info) {
                    if !follow { return Entry(bytes: path, problem: .directorySymlink, isSkipped: true) }
                    if info.st_dev != linkDevice { return Entry(bytes: path, problem: .otherFilesystem, isSkipped: true) }
                    if ancestors.contains(FileID(info)) { return Entry(bytes: path, problem: .symlinkLoop, isSkipped: true) }
                }
            }
            if isDirectory(info) { return enter(path, info: info, named: false) }
            guard looksLikeArticle else {
                let problem = InputFiles.specialFileProblem(info) ?? .unsupportedName(suffix: PathBytes.suffix(of: name))
                return Entry(bytes: path, problem: problem, isSkipped: true)
            }
            return Entry(bytes: path, problem: fileProblem(path, info))
        }

        /// Lists a folder for walking, or returns why it is not walked (reached twice, a kernel
        /// filesystem, unreadable). Problems with a folder the user named are failures.
        private mutating func enter(_ path: [UInt8], info: stat, named: Bool) -> Entry? {
            if PathBytes.withCString(path, opedb_is_kernel_filesystem_path) == 1 {
                return Entry(bytes: path, problem: .kernelFilesystem, isSkipped: !named)
            }
            guard visited.insert(FileID(info)).inserted else { return Entry(bytes: path, problem: .alreadyWalked, isSkipped: true) }
            guard let dir = PathBytes.withCString(path, { opendir($0) }) else {
                return Entry(bytes: path, problem: .unreadable(reason: String(cString: strerror(errno))))
            }
            var names: [[UInt8]] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
                if name == [0x2E] || name == [0x2E, 0x2E] { continue }
                names.append(name)
            }
            closedir(dir)
            names.sort { $0.lexicographicallyPrecedes($1) }
            folders.append(Folder(base: path.last == UInt8(ascii: "/") ? path : path + [UInt8(ascii: "/")], names: names))
            return nil
        }

        /// Why a non-folder cannot be read as an article, from its `stat` and filesystem.
        private func fileProblem(_ path: [UInt8], _ info: stat) -> InputProblem? {
            if let special = InputFiles.specialFileProblem(info) { return special }
            return PathBytes.withCString(path, opedb_is_kernel_filesystem_path) == 1 ? .kernelFilesystem : nil
        }
    }

    /// Reads a file (or stdin for `-`), refusing more than `maxSize` bytes.
    public static func read(_ entry: Entry, maxSize: Int) throws(InputProblem) -> [UInt8] {
        if let problem = entry.problem { throw problem }
        if entry.isStdin { return try readAll(fd: 0, maxSize: maxSize) }
        // Refused by type before opening: opening a FIFO or a device can itself block or act.
        var info = stat()
        guard PathBytes.withCString(entry.bytes, { stat($0, &info) }) == 0 else {
            throw errno == ENOENT ? .notFound : .unreadable(reason: String(cString: strerror(errno)))
        }
        if let problem = specialFileProblem(info) { throw problem }
        if PathBytes.withCString(entry.bytes, opedb_is_kernel_filesystem_path) == 1 { throw .kernelFilesystem }
        let fd = PathBytes.withCString(entry.bytes) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            throw errno == ENOENT ? .notFound : .unreadable(reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        // And again on what was opened (the path may have changed in between).
        guard fstat(fd, &info) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        if let problem = specialFileProblem(info) { throw problem }
        if opedb_is_kernel_filesystem_fd(fd) == 1 { throw .kernelFilesystem }
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

    /// Folders are told apart by device and inode: the same folder through any link is one.
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

    /// Why a file of this type is refused, or nil for a regular file.
    static func specialFileProblem(_ info: stat) -> InputProblem? {
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
