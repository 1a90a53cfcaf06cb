/// OMB Pulsar driver `producer` section. Defaults are those of OMB's `driver-pulsar/pulsar.yaml`.
public struct ProducerSettings: Sendable, Hashable {
    public var batchingEnabled: Bool
    public var batchingMaxPublishDelayMs: Int
    public var batchingMaxBytes: Int
    public var blockIfQueueFull: Bool
    public var pendingQueueSize: Int
    /// streamnative/openmessaging-benchmark only (upstream OMB ignores it).
    public var maxPendingMessagesAcrossPartitions: Int?
    /// streamnative/openmessaging-benchmark only (upstream OMB ignores it).
    public var batchingPartitionSwitchFrequencyByPublishDelay: Int?

    public init(
        batchingEnabled: Bool = true, batchingMaxPublishDelayMs: Int = 1, batchingMaxBytes: Int = 131_072,
        blockIfQueueFull: Bool = true, pendingQueueSize: Int = 0, maxPendingMessagesAcrossPartitions: Int? = nil,
        batchingPartitionSwitchFrequencyByPublishDelay: Int? = nil
    ) {
        self.batchingEnabled = batchingEnabled
        self.batchingMaxPublishDelayMs = batchingMaxPublishDelayMs
        self.batchingMaxBytes = batchingMaxBytes
        self.blockIfQueueFull = blockIfQueueFull
        self.pendingQueueSize = pendingQueueSize
        self.maxPendingMessagesAcrossPartitions = maxPendingMessagesAcrossPartitions
        self.batchingPartitionSwitchFrequencyByPublishDelay = batchingPartitionSwitchFrequencyByPublishDelay
    }
}
