/// One latency distribution as OMB aggregates it over the whole measured period, in milliseconds.
public struct LatencyStats: Sendable, Hashable {
    public var average: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double
    public var p99: Double
    public var p999: Double
    public var p9999: Double
    public var max: Double

    public init(average: Double, p50: Double, p75: Double, p95: Double, p99: Double, p999: Double, p9999: Double, max: Double) {
        self.average = average
        self.p50 = p50
        self.p75 = p75
        self.p95 = p95
        self.p99 = p99
        self.p999 = p999
        self.p9999 = p9999
        self.max = max
    }

    /// The headline percentiles of a summary.
    public var percentiles: LatencyPercentiles {
        LatencyPercentiles(p50: p50, p95: p95, p99: p99, p999: p999, max: max)
    }
}
