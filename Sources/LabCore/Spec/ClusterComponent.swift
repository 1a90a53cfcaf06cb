/// The kinds of node in an experiment's cluster. The raw value is the `Component` tag value, the node's
/// role in user data and part of its `ClientToken`, so it is short, lowercase and stable.
public enum ClusterComponent: String, Sendable, Hashable, CaseIterable, Comparable {
    case zookeeper
    case bookkeeper
    case broker
    case client

    /// Start order: each component needs the ones before it (bookies and brokers register in ZooKeeper,
    /// brokers need bookies for their ledgers, the client needs brokers).
    public static func < (lhs: ClusterComponent, rhs: ClusterComponent) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
