/// collect-results' output for one workload: the few numbers the execution's output shows (it is the Map's
/// item result, so it stays small); the full summary is at `summaryKey`.
public struct WorkloadHeadline: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable {
        /// The cluster carried the target rate (or OMB searched for the maximum rate: no target).
        case ok
        /// Publishing reached less than 95 % of the target rate: the latencies describe an overloaded system.
        case saturated
    }

    public var workload: String
    public var index: Int
    public var status: Status
    /// msg/s; nil when OMB searched for the maximum rate (`producerRate: 0`).
    public var targetRate: Double?
    /// Mean publish rate over the measured periods, msg/s.
    public var achievedRate: Double
    public var publishLatencyP99Ms: Double
    public var endToEndLatencyP99Ms: Double
    public var summaryKey: String
    /// Present (true) only when the emulated lab synthesised the result: such numbers say nothing about Pulsar.
    public var simulated: Bool?

    public init(
        workload: String, index: Int, status: Status, targetRate: Double?, achievedRate: Double, publishLatencyP99Ms: Double,
        endToEndLatencyP99Ms: Double, summaryKey: String, simulated: Bool?
    ) {
        self.workload = workload
        self.index = index
        self.status = status
        self.targetRate = targetRate
        self.achievedRate = achievedRate
        self.publishLatencyP99Ms = publishLatencyP99Ms
        self.endToEndLatencyP99Ms = endToEndLatencyP99Ms
        self.summaryKey = summaryKey
        self.simulated = simulated
    }
}
