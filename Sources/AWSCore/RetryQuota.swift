import Synchronization

/// The retry quota of standard mode: a client starts with 500 tokens, each retry costs 5 (10 after a
/// timeout or connection failure), a success after a retry gives its cost back and a first-try success
/// gives 1. When AWS is failing hard, retries stop once the quota is spent instead of multiplying load.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
public final class RetryQuota: Sendable {
    public static let initialTokens = 500
    public static let retryCost = 5
    public static let timeoutRetryCost = 10

    private let tokens = Mutex<Int>(RetryQuota.initialTokens)

    public init() {}

    public var available: Int { tokens.withLock { $0 } }

    /// Takes the cost of retrying after `error`; `nil` when the quota cannot pay it.
    func acquire(after error: AWSError) -> Int? {
        let cost = error.kind == .transport ? RetryQuota.timeoutRetryCost : RetryQuota.retryCost
        return tokens.withLock { tokens in
            guard tokens >= cost else { return nil }
            tokens -= cost
            return cost
        }
    }

    /// Records a success: gives back what the last retry cost, or 1 for a first-try success.
    func release(_ cost: Int?) {
        tokens.withLock { $0 = min(RetryQuota.initialTokens, $0 + (cost ?? 1)) }
    }
}
