#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// At most `width` requests do their synchronous work (SQL, rendering) at once; the others wait
/// their turn in the order they came, without holding a thread.
///
/// A page's work is CPU-bound and never awaits, so running more of it at once than there are
/// cores only makes every request slower: they share the cores, and the one that came first
/// finishes no sooner than the one that came last. Queued in arrival order, a request waits
/// for the ones ahead of it and then runs alone on its core — the latency of the slowest
/// request is bounded by the queue, not by how the scheduler happens to interleave 64 of them.
public final class RequestGate: @unchecked Sendable {
    // @unchecked: `running` and `waiting` are only touched under `lock`.
    public let width: Int
    private var running = 0
    /// Waiting requests, first come first served (a ring: removal from the front is O(1)).
    private var waiting: [CheckedContinuation<Void, Never>?] = []
    private var head = 0
    private var lock = pthread_mutex_t()
    /// The most requests that were ever inside at once (for tests: never above `width`).
    public private(set) var mostRunning = 0

    public init(width: Int) {
        self.width = max(1, width)
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// The machine's cores: the width that keeps every core busy and no request time-sliced.
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Runs `work` once fewer than `width` requests are running.
    public func run<T>(_ work: () throws -> T) async rethrows -> T {
        await enter()
        defer { leave() }
        return try work()
    }

    private func enter() async {
        pthread_mutex_lock(&lock)
        if running < width {
            running += 1
            mostRunning = max(mostRunning, running)
            pthread_mutex_unlock(&lock)
            return
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            waiting.append(continuation)
            pthread_mutex_unlock(&lock)
        }
    }

    /// Hands the place to the first waiting request, if any (`running` stays the same).
    private func leave() {
        pthread_mutex_lock(&lock)
        if head < waiting.count, let next = waiting[head] {
            waiting[head] = nil
            head += 1
            if head == waiting.count || head > 1024 {
                waiting.removeFirst(head)
                head = 0
            }
            pthread_mutex_unlock(&lock)
            next.resume()
            return
        }
        running -= 1
        pthread_mutex_unlock(&lock)
    }
}
