/// One instance of the cluster, as `cluster.json` lists it.
public struct ClusterNode: Codable, Sendable, Hashable {
    /// `<component>-<index>`, e.g. `broker-0`: how messages and reports name the node.
    public var name: String
    /// `zookeeper`, `bookkeeper`, `broker` or `client` (the `Component` tag).
    public var component: String
    /// The node's place in its component, ordered by launch time then instance id — the order
    /// node-bootstrap computes on the node, so ZooKeeper `zookeeper-<index>` has myid index + 1.
    public var index: Int
    public var instanceId: String
    public var instanceType: String?
    public var privateIpAddress: String?
    /// EC2's state when the document was written (`pending`, `running`, …).
    public var state: String
    public var availabilityZone: String?
    public var spot: Bool
    /// RFC 3339.
    public var launchedAt: String?

    public init(
        name: String, component: String, index: Int, instanceId: String, instanceType: String?, privateIpAddress: String?,
        state: String, availabilityZone: String?, spot: Bool, launchedAt: String?
    ) {
        self.name = name
        self.component = component
        self.index = index
        self.instanceId = instanceId
        self.instanceType = instanceType
        self.privateIpAddress = privateIpAddress
        self.state = state
        self.availabilityZone = availabilityZone
        self.spot = spot
        self.launchedAt = launchedAt
    }
}
