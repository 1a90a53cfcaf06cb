/// poll-readiness's output: the cluster passed its health check on every node.
public struct Readiness: Codable, Sendable, Hashable {
    /// RFC 3339: when poll-readiness saw the last node healthy and declared the cluster ready.
    public var readyAt: String
    /// RFC 3339: when the health check that found every node healthy ran (the latest node's end time as
    /// SSM reports it); `readyAt - healthySince` is the detection delay of the polling.
    public var healthySince: String
    /// RFC 3339, from the cluster (`Cluster.launchedAt`).
    public var launchedAt: String
    /// From launch to ready, in whole seconds.
    public var secondsToReady: Int
    /// Instances in the cluster.
    public var nodes: Int
    /// The brokers' private addresses by index (what the OMB driver connects to).
    public var brokers: [String]
    /// `cluster.json`, rewritten with every node's address.
    public var clusterKey: String

    public init(
        readyAt: String, healthySince: String, launchedAt: String, secondsToReady: Int, nodes: Int, brokers: [String],
        clusterKey: String
    ) {
        self.readyAt = readyAt
        self.healthySince = healthySince
        self.launchedAt = launchedAt
        self.secondsToReady = secondsToReady
        self.nodes = nodes
        self.brokers = brokers
        self.clusterKey = clusterKey
    }
}
