/// One point of an aggregated latency quantile curve: at `percentile` (0…100), latencies were at most
/// `latencyMs`. OMB writes these maps with percentile strings as keys, some in Java's scientific notation
/// (`"8.277030899894526E-7"`).
public struct LatencyQuantile: Sendable, Hashable {
    public var percentile: Double
    public var latencyMs: Double

    public init(percentile: Double, latencyMs: Double) {
        self.percentile = percentile
        self.latencyMs = latencyMs
    }
}
