/// OMB Pulsar driver `consumer.subscriptionType` (Pulsar's `SubscriptionType`, spelt as Java spells it).
public enum SubscriptionType: String, Sendable, Hashable, CaseIterable {
    case exclusive = "Exclusive"
    case shared = "Shared"
    case failover = "Failover"
    case keyShared = "Key_Shared"
}
