/// `experiments/<id>/cluster.json`: every node of the experiment's cluster, written by apply-infra (and
/// refreshed by poll-readiness). Later stages read the nodes from here rather than from EC2, so they need no
/// EC2 permissions and see the cluster as launched.
public struct ClusterManifest: Codable, Sendable, Hashable {
    public var experimentId: String
    public var nodes: [ClusterNode]

    public init(experimentId: String, nodes: [ClusterNode]) {
        self.experimentId = experimentId
        self.nodes = nodes
    }

    /// The nodes of one component (`zookeeper`, `bookkeeper`, `broker`, `client`), by index.
    public func nodes(_ component: String) -> [ClusterNode] {
        nodes.filter { $0.component == component }.sorted { ($0.index, $0.instanceId) < ($1.index, $1.instanceId) }
    }
}
