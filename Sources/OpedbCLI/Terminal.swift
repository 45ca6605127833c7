#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal the CLI talks to: is it one, how wide, and writing to stderr.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns to fit output in: `$COLUMNS` when set, else the terminal's width on stdout, else
    /// (output piped to a file or program) no limit, so nothing is cut.
    static var width: Int {
        if let env = getenv("COLUMNS"), let value = Int(String(cString: env)), value > 0 { return value }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int.max / 4
    }

    /// Width for wrapped prose: the terminal's, at most `limit`; 80 when piped.
    static func textWidth(limit: Int) -> Int {
        let w = width
        return w >= Int.max / 8 ? min(80, limit) : min(w, limit)
    }

    /// Ends the process with `code`, flushing stdout first.
    static func exit(_ code: Int32) -> Never {
        fflush(nil)
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }

    static func standardError(_ line: String) {
        standardErrorRaw(line + "\n")
    }

    /// Writes to stderr without a newline (progress lines), unbuffered.
    static func standardErrorRaw(_ text: String) {
        fflush(nil)  // keep stdout and stderr in order when both go to one place
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if n <= 0 { if errno == EINTR { continue }; return }
            bytes = bytes.dropFirst(n)
        }
    }
}

/// How output is decorated: bold and dim only when colour is on.
struct Style {
    let enabled: Bool

    init(choice: ColorChoice, fd: Int32) {
        switch choice {
        case .always: enabled = true
        case .never: enabled = false
        case .auto: enabled = Terminal.isTerminal(fd) && getenv("NO_COLOR") == nil
        }
    }

    init(enabled: Bool) { self.enabled = enabled }

    func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func green(_ text: String) -> String { enabled ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    func red(_ text: String) -> String { enabled ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
}

extension String {
    /// The text with its control characters shown escaped — C0 and DEL as `\x1B`, C1 as `\u{9B}` —
    /// so an article that holds escape sequences cannot retitle, clear or rewrite the user's
    /// terminal. Newlines and tabs stay; so do the private highlight markers (`\u{1}`, `\u{2}`)
    /// when `keepingMarkers`. JSON and CSV output keep the text as stored.
    func escapingControls(keepingMarkers: Bool = false) -> String {
        guard unicodeScalars.contains(where: { $0.isEscapedOnTerminals(keepingMarkers: keepingMarkers) }) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar.isEscapedOnTerminals(keepingMarkers: keepingMarkers) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

private extension Unicode.Scalar {
    func isEscapedOnTerminals(keepingMarkers: Bool) -> Bool {
        switch value {
        case 0x0A, 0x09: return false
        case 0x01, 0x02: return !keepingMarkers
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
