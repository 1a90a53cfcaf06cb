/// The nodes of the experiment's cluster, one entry per component.
public struct ClusterSpec: Sendable, Hashable {
    public var zookeeper: ComponentSpec
    public var bookkeeper: BookKeeperSpec
    public var broker: ComponentSpec
    public var client: ComponentSpec

    public init(zookeeper: ComponentSpec, bookkeeper: BookKeeperSpec, broker: ComponentSpec, client: ComponentSpec) {
        self.zookeeper = zookeeper
        self.bookkeeper = bookkeeper
        self.broker = broker
        self.client = client
    }

    /// Count and instance type of any component.
    public func nodes(of component: ClusterComponent) -> ComponentSpec {
        switch component {
        case .zookeeper: return zookeeper
        case .bookkeeper: return ComponentSpec(count: bookkeeper.count, instanceType: bookkeeper.instanceType)
        case .broker: return broker
        case .client: return client
        }
    }
}
