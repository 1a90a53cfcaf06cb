/// How one component of the cluster is launched: one RunInstances call with `count` instances
/// (MinCount = MaxCount = count) of `instanceType`, its volumes, spot or on-demand, and its stable
/// `ClientToken`. ZooKeeper ids follow the launch index (AmiLaunchIndex + 1).
public struct ComponentLayout: Sendable, Hashable {
    public var component: ClusterComponent
    public var count: Int
    public var instanceType: String
    public var spot: Bool
    /// Root first, then (bookies on EBS) journal and ledgers.
    public var volumes: [EBSVolume]
    /// Bookies on NVMe instance-store disks (nothing to attach: the disks come with the instance).
    public var usesInstanceStore: Bool
    public var clientToken: ClientToken

    public init(
        component: ClusterComponent, count: Int, instanceType: String, spot: Bool, volumes: [EBSVolume],
        usesInstanceStore: Bool, clientToken: ClientToken
    ) {
        self.component = component
        self.count = count
        self.instanceType = instanceType
        self.spot = spot
        self.volumes = volumes
        self.usesInstanceStore = usesInstanceStore
        self.clientToken = clientToken
    }

    /// The gp3 volumes of one node of this component.
    public var volumesPerNode: [VolumeSpec] { volumes.map(\.volume) }
}
