/// OMB Pulsar driver `consumer` section. Defaults are those of OMB's `driver-pulsar/pulsar.yaml`.
public struct ConsumerSettings: Sendable, Hashable {
    public var receiverQueueSize: Int
    public var subscriptionType: SubscriptionType
    /// streamnative/openmessaging-benchmark only (upstream OMB ignores it).
    public var maxTotalReceiverQueueSizeAcrossPartitions: Int?

    public init(
        receiverQueueSize: Int = 10_000, subscriptionType: SubscriptionType = .failover,
        maxTotalReceiverQueueSizeAcrossPartitions: Int? = nil
    ) {
        self.receiverQueueSize = receiverQueueSize
        self.subscriptionType = subscriptionType
        self.maxTotalReceiverQueueSizeAcrossPartitions = maxTotalReceiverQueueSizeAcrossPartitions
    }
}
