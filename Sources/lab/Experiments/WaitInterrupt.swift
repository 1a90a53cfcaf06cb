import Glibc
import Synchronization

/// Ctrl-C while `lab run --wait` follows an experiment: the handler only records it (an atomic store is
/// async-signal-safe); the polling loop looks at it between calls and while sleeping, and then leaves the
/// experiment running and says how to follow it.
enum WaitInterrupt {
    private static let received = Atomic<Bool>(false)

    static var wasReceived: Bool { received.load(ordering: .relaxed) }

    static func install() {
        signal(SIGINT) { _ in WaitInterrupt.received.store(true, ordering: .relaxed) }
    }

    /// Sleeps `seconds` in short slices; returns early (false) when Ctrl-C arrives.
    static func sleep(seconds: Double) -> Bool {
        var left = seconds
        while left > 0 {
            if wasReceived { return false }
            let slice = min(left, 0.1)
            usleep(UInt32(slice * 1_000_000))
            left -= slice
        }
        return !wasReceived
    }
}
