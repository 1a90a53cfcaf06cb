/// How the janitor spends its invocation (Terraform gives it 60 s): it never starts work it cannot finish
/// before the deadline, and leaves what it could not reach to the next sweep.
public struct JanitorSettings: Sendable, Hashable {
    /// Experiments cleaned per batch; the time left is checked before each batch.
    public var experimentsPerBatch: Int
    /// Below this much time left, no new batch or re-check starts.
    public var safetyMarginMs: Int64
    /// How often it looks again at what was still pending (instances shutting down), within one invocation.
    public var maxRechecks: Int
    public var recheckIntervalMs: Int64

    public init(experimentsPerBatch: Int = 25, safetyMarginMs: Int64 = 15_000, maxRechecks: Int = 3, recheckIntervalMs: Int64 = 5_000) {
        self.experimentsPerBatch = experimentsPerBatch
        self.safetyMarginMs = safetyMarginMs
        self.maxRechecks = maxRechecks
        self.recheckIntervalMs = recheckIntervalMs
    }
}
