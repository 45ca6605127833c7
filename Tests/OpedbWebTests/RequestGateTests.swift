#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import OpedbWeb
import Testing

/// No more requests work at once than the gate is wide, however many arrive together.
@Suite struct RequestGateTests {
    final class Counter: @unchecked Sendable {
        private var lock = pthread_mutex_t()
        private(set) var inside = 0
        private(set) var most = 0
        private(set) var done = 0
        init() { pthread_mutex_init(&lock, nil) }
        func enter() { pthread_mutex_lock(&lock); inside += 1; most = max(most, inside); pthread_mutex_unlock(&lock) }
        func leave() { pthread_mutex_lock(&lock); inside -= 1; done += 1; pthread_mutex_unlock(&lock) }
    }

    @Test(arguments: [1, 2, 3])
    func boundsTheRequestsWorkingAtOnce(width: Int) async throws {
        let gate = RequestGate(width: width)
        let counter = Counter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    await gate.run {
                        counter.enter()
                        // Some work, so that others arrive while this one is inside.
                        var x = 0
                        for i in 0..<20_000 { x &+= i }
                        precondition(x != 1)
                        counter.leave()
                    }
                }
            }
        }
        #expect(counter.done == 64)
        #expect(counter.most <= width)
        #expect(gate.mostRunning <= width)
        // Every place was given back: the next request goes straight in.
        #expect(await gate.run { 1 } == 1)
    }

    @Test func aFailingRequestGivesItsPlaceBack() async throws {
        struct Failure: Error {}
        let gate = RequestGate(width: 1)
        for _ in 0..<3 {
            await #expect(throws: Failure.self) { try await gate.run { () throws -> Int in throw Failure() } }
        }
        #expect(await gate.run { 2 } == 2)
    }

    @Test func theWidthIsAtLeastOne() {
        #expect(RequestGate(width: 0).width == 1)
        #expect(RequestGate.cores >= 1)
    }
}
