import Glibc

/// The standard retry mode of the AWS SDKs: up to `maxAttempts` attempts (default 3), exponential backoff
/// with full jitter — `random(0,1) × min(base × 2^(attempt−1), 20 s)` with base 1 s for throttling and
/// 50 ms for other transient errors (botocore 1.43 `ExponentialBackoff`) — and a retry quota (see
/// `RetryQuota`). Sleep and randomness are injectable so tests are deterministic and instant.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var maxBackoff: Duration
    public var throttlingBaseDelay: Duration
    public var transientBaseDelay: Duration
    /// Blocks the calling thread for a duration.
    public var sleep: @Sendable (Duration) -> Void
    /// A uniform random number in `0..<1`.
    public var random: @Sendable () -> Double

    public init(
        maxAttempts: Int = 3, maxBackoff: Duration = .seconds(20), throttlingBaseDelay: Duration = .seconds(1),
        transientBaseDelay: Duration = .milliseconds(50),
        sleep: @escaping @Sendable (Duration) -> Void = RetryPolicy.threadSleep,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxBackoff = maxBackoff
        self.throttlingBaseDelay = throttlingBaseDelay
        self.transientBaseDelay = transientBaseDelay
        self.sleep = sleep
        self.random = random
    }

    public static let standard = RetryPolicy()

    /// The wait after failed attempt number `attempt` (1-based) with `error`.
    public func delay(afterAttempt attempt: Int, error: AWSError) -> Duration {
        let base = RetryableErrors.isThrottling(error) ? throttlingBaseDelay : transientBaseDelay
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(base * (1 << exponent), maxBackoff)
        return ceiling * random()
    }

    /// `nanosleep`, resumed after signals until the whole duration has passed.
    public static let threadSleep: @Sendable (Duration) -> Void = { duration in
        let (seconds, attoseconds) = duration.components
        guard seconds > 0 || attoseconds > 0 else { return }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
