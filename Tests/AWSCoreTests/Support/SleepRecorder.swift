import AWSCore
import Synchronization

/// Stands in for `RetryPolicy.sleep`: records each requested delay and returns at once.
final class SleepRecorder: Sendable {
    private let delays = Mutex<[Duration]>([])
    var recorded: [Duration] { delays.withLock { $0 } }

    /// A retry policy that records its sleeps and draws `random` for jitter.
    func policy(maxAttempts: Int = 3, random: Double = 0.5) -> RetryPolicy {
        RetryPolicy(maxAttempts: maxAttempts, sleep: { duration in self.delays.withLock { $0.append(duration) } }, random: { random })
    }
}
