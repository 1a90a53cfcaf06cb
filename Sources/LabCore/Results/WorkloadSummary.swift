/// The headline figures of one workload's run: achieved vs target rate (flagged as saturated below 95 %),
/// publish, publish-delay and end-to-end latency percentiles, error rate and final backlog.
public struct WorkloadSummary: Sendable, Hashable {
    /// Below this fraction of the target rate the workload counts as saturated: the cluster (or the client)
    /// could not carry the load asked for, and its latencies describe an overloaded system.
    public static let saturationThreshold = 0.95

    public var workload: String
    public var driver: String
    /// The workload's `producerRate`; nil when OMB searched for the maximum rate (`producerRate: 0`) or the
    /// target is unknown.
    public var targetRate: Double?
    /// Mean over the periods in which producers were publishing, messages per second (trailing idle periods
    /// left out: see `idlePeriodsAtEnd`).
    public var publishRate: Double
    public var consumeRate: Double
    /// Periods at the end in which nothing was published. OMB keeps sampling after its producers stop (while
    /// consumers drain, or when a run is cut short); counting those in the mean would make a run that was on
    /// target in every active period look saturated. A zero rate in the middle of a run is a stall and counts.
    public var idlePeriodsAtEnd: Int
    /// `publishRate / targetRate`; nil without a target.
    public var achievedFraction: Double?
    /// Whether `achievedFraction` is below `saturationThreshold`; nil without a target.
    public var isSaturated: Bool?
    public var publishLatency: LatencyPercentiles
    /// Modern results only.
    public var publishDelayLatency: LatencyPercentiles?
    public var endToEndLatency: LatencyPercentiles
    /// Failed publishes as a fraction of all publish attempts (0…1); nil for legacy results, which do not
    /// record errors.
    public var errorRate: Double?
    /// Messages not yet consumed at the end of the last period.
    public var finalBacklog: Int64
    public var maxBacklog: Int64
    /// Number of measured periods (about 10 s each).
    public var periods: Int

    /// - Parameter targetRate: the workload's `producerRate` (0 means "search for the maximum": no target).
    public init(result: OMBResult, targetRate: Int?) {
        workload = result.workload
        driver = result.driver
        self.targetRate = targetRate.flatMap { $0 > 0 ? Double($0) : nil }
        var active = result.publishRate.count
        while active > 0 && result.publishRate[active - 1] == 0 { active -= 1 }
        idlePeriodsAtEnd = result.publishRate.count - active
        publishRate = Self.mean(Array(result.publishRate.prefix(active)))
        consumeRate = Self.mean(Array(result.consumeRate.prefix(active)))
        if let target = self.targetRate {
            achievedFraction = publishRate / target
            isSaturated = publishRate / target < Self.saturationThreshold
        }
        publishLatency = result.aggregatedPublishLatency.percentiles
        publishDelayLatency = result.aggregatedPublishDelayLatency?.percentiles
        endToEndLatency = result.aggregatedEndToEndLatency.percentiles
        if let errors = result.publishErrorRate {
            // Both series are per-second rates over the same periods, so their sums compare like counts.
            let failed = errors.reduce(0, +), sent = result.publishRate.reduce(0, +)
            errorRate = failed + sent > 0 ? failed / (failed + sent) : 0
        }
        finalBacklog = result.backlog.last ?? 0
        maxBacklog = result.backlog.max() ?? 0
        periods = result.publishRate.count
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
