/// The latency figures a summary reports: p50, p95, p99, p99.9 and the maximum, in milliseconds.
public struct LatencyPercentiles: Sendable, Hashable {
    public var p50: Double
    public var p95: Double
    public var p99: Double
    public var p999: Double
    public var max: Double

    public init(p50: Double, p95: Double, p99: Double, p999: Double, max: Double) {
        self.p50 = p50
        self.p95 = p95
        self.p99 = p99
        self.p999 = p999
        self.max = max
    }
}
