#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on stderr (count, rate, ETA), shown only on a terminal.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    private let start = monotonicNow()
    private var lastDraw = 0.0
    private var visible = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance() {
        done += 1
        guard enabled else { return }
        let now = monotonicNow()
        guard now - lastDraw > 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now - start, 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 24
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.standardErrorRaw("\r\u{1B}[K\(bar) \(done)/\(total)  \(Int(rate))/s  ETA \(Int(eta.rounded()))s")
        visible = true
    }

    /// Erases the line so a result line can be printed.
    func clear() {
        guard enabled, visible else { return }
        Terminal.standardErrorRaw("\r\u{1B}[K")
        visible = false
    }

    func finish() { clear() }
}

private func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
