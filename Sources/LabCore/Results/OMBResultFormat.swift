/// The two shapes of OMB result files in the wild.
public enum OMBResultFormat: String, Sendable, Hashable {
    /// Before publish-delay latency was added (39 top-level fields): no `messageSize`, `topics`, `partitions`,
    /// `producersPerTopic`, `consumersPerTopic`, `publishErrorRate` or `publishDelayLatency*`.
    case legacy
    /// Current OMB (62 top-level fields): adds those fields; publish-delay latencies are in microseconds.
    case modern
}
