import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum FileOutput {
    /// An empty path (`--output ""`, an unset shell variable) is a usage mistake naming the
    /// option, not a file named "" that cannot be written.
    static func validate(_ path: String?, named option: String) throws {
        if path?.isEmpty == true { throw ValidationError("\(option) is empty") }
    }

    /// Writes raw bytes to stdout (an original source may not be UTF-8).
    static func writeStandardOutput(_ bytes: [UInt8]) {
        fflush(nil)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}
