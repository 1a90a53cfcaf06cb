/// One latency's per-period values (one entry per OMB reporting period, about 10 s), in milliseconds, for
/// charts over time.
public struct LatencySeries: Sendable, Hashable {
    public var average: [Double]
    public var p50: [Double]
    public var p75: [Double]
    public var p95: [Double]
    public var p99: [Double]
    public var p999: [Double]
    public var p9999: [Double]
    public var max: [Double]

    public init(
        average: [Double], p50: [Double], p75: [Double], p95: [Double], p99: [Double], p999: [Double], p9999: [Double],
        max: [Double]
    ) {
        self.average = average
        self.p50 = p50
        self.p75 = p75
        self.p95 = p95
        self.p99 = p99
        self.p999 = p999
        self.p9999 = p9999
        self.max = max
    }
}
