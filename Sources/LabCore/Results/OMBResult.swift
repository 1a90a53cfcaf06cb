/// One OpenMessaging Benchmark result file (`TestResult` serialised by Jackson), in either format, with
/// every latency in milliseconds (OMB's publish-delay figures, written in microseconds, are converted).
///
/// Per-period series have one entry per reporting period (about 10 s) of the measured phase.
///
/// See: https://github.com/openmessaging/benchmark/blob/master/benchmark-framework/src/main/java/io/openmessaging/benchmark/TestResult.java
public struct OMBResult: Sendable, Hashable {
    public var format: OMBResultFormat
    /// The workload's `name`.
    public var workload: String
    /// The driver's `name` (`Pulsar`).
    public var driver: String
    // Modern format only.
    public var messageSize: Int?
    public var topics: Int?
    public var partitions: Int?
    public var producersPerTopic: Int?
    public var consumersPerTopic: Int?

    /// Messages per second published, per period.
    public var publishRate: [Double]
    /// Failed publishes per second, per period (modern format only).
    public var publishErrorRate: [Double]?
    /// Messages per second consumed, per period.
    public var consumeRate: [Double]
    /// Messages published but not yet consumed, at the end of each period.
    public var backlog: [Int64]

    public var publishLatency: LatencySeries
    /// Time from the intended send to the actual send (the producer falling behind its rate), modern only.
    public var publishDelayLatency: LatencySeries?
    public var endToEndLatency: LatencySeries

    public var aggregatedPublishLatency: LatencyStats
    public var aggregatedPublishDelayLatency: LatencyStats?
    public var aggregatedEndToEndLatency: LatencyStats

    public var publishLatencyQuantiles: [LatencyQuantile]
    public var publishDelayLatencyQuantiles: [LatencyQuantile]?
    public var endToEndLatencyQuantiles: [LatencyQuantile]

    public init(
        format: OMBResultFormat, workload: String, driver: String, messageSize: Int? = nil, topics: Int? = nil,
        partitions: Int? = nil, producersPerTopic: Int? = nil, consumersPerTopic: Int? = nil, publishRate: [Double],
        publishErrorRate: [Double]? = nil, consumeRate: [Double], backlog: [Int64], publishLatency: LatencySeries,
        publishDelayLatency: LatencySeries? = nil, endToEndLatency: LatencySeries, aggregatedPublishLatency: LatencyStats,
        aggregatedPublishDelayLatency: LatencyStats? = nil, aggregatedEndToEndLatency: LatencyStats,
        publishLatencyQuantiles: [LatencyQuantile], publishDelayLatencyQuantiles: [LatencyQuantile]? = nil,
        endToEndLatencyQuantiles: [LatencyQuantile]
    ) {
        self.format = format
        self.workload = workload
        self.driver = driver
        self.messageSize = messageSize
        self.topics = topics
        self.partitions = partitions
        self.producersPerTopic = producersPerTopic
        self.consumersPerTopic = consumersPerTopic
        self.publishRate = publishRate
        self.publishErrorRate = publishErrorRate
        self.consumeRate = consumeRate
        self.backlog = backlog
        self.publishLatency = publishLatency
        self.publishDelayLatency = publishDelayLatency
        self.endToEndLatency = endToEndLatency
        self.aggregatedPublishLatency = aggregatedPublishLatency
        self.aggregatedPublishDelayLatency = aggregatedPublishDelayLatency
        self.aggregatedEndToEndLatency = aggregatedEndToEndLatency
        self.publishLatencyQuantiles = publishLatencyQuantiles
        self.publishDelayLatencyQuantiles = publishDelayLatencyQuantiles
        self.endToEndLatencyQuantiles = endToEndLatencyQuantiles
    }
}
