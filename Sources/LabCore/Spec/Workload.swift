/// One OpenMessaging Benchmark workload, with OMB's own field names and meanings so an OMB workload file
/// pastes in unchanged. After validation, exactly one payload source is set: `payloadFile` (an absolute path
/// to a file of exactly `messageSize` bytes) or `useRandomizedPayloads`.
///
/// See: https://github.com/openmessaging/benchmark/blob/master/benchmark-framework/src/main/java/io/openmessaging/benchmark/Workload.java
public struct Workload: Sendable, Hashable {
    public var name: String
    public var topics: Int
    public var partitionsPerTopic: Int
    public var keyDistributor: KeyDistributor
    /// Bytes per message.
    public var messageSize: Int
    public var useRandomizedPayloads: Bool
    public var randomBytesRatio: Double
    public var randomizedPayloadPoolSize: Int
    /// Absolute path on the client node (see `PayloadFile`); nil with randomized payloads.
    public var payloadFile: String?
    public var subscriptionsPerTopic: Int
    public var producersPerTopic: Int
    public var consumerPerSubscription: Int
    /// Messages per second across all producers; 0 asks OMB to search for the maximum sustainable rate.
    public var producerRate: Int
    /// When > 0, OMB first builds this much backlog, then starts the consumers to drain it.
    public var consumerBacklogSizeGB: Int
    public var backlogDrainRatio: Double
    public var testDurationMinutes: Int
    public var warmupDurationMinutes: Int

    public init(
        name: String, topics: Int = 1, partitionsPerTopic: Int = 16, keyDistributor: KeyDistributor = .noKey,
        messageSize: Int = 1024, useRandomizedPayloads: Bool = false, randomBytesRatio: Double = 0.5,
        randomizedPayloadPoolSize: Int = 1000, payloadFile: String? = nil, subscriptionsPerTopic: Int = 1,
        producersPerTopic: Int = 1, consumerPerSubscription: Int = 1, producerRate: Int = 10_000,
        consumerBacklogSizeGB: Int = 0, backlogDrainRatio: Double = 1.0, testDurationMinutes: Int = 5,
        warmupDurationMinutes: Int = 1
    ) {
        self.name = name
        self.topics = topics
        self.partitionsPerTopic = partitionsPerTopic
        self.keyDistributor = keyDistributor
        self.messageSize = messageSize
        self.useRandomizedPayloads = useRandomizedPayloads
        self.randomBytesRatio = randomBytesRatio
        self.randomizedPayloadPoolSize = randomizedPayloadPoolSize
        self.payloadFile = payloadFile
        self.subscriptionsPerTopic = subscriptionsPerTopic
        self.producersPerTopic = producersPerTopic
        self.consumerPerSubscription = consumerPerSubscription
        self.producerRate = producerRate
        self.consumerBacklogSizeGB = consumerBacklogSizeGB
        self.backlogDrainRatio = backlogDrainRatio
        self.testDurationMinutes = testDurationMinutes
        self.warmupDurationMinutes = warmupDurationMinutes
    }

    /// Whether OMB searches for the maximum sustainable rate instead of holding a fixed one.
    public var searchesMaximumRate: Bool { producerRate == 0 }
}
