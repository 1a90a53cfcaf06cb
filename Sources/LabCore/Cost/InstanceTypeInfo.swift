/// What LabCore knows about one EC2 instance type: its on-demand price (for the cost estimate) and its
/// NVMe instance-store disks (for bookies with `"storage": "instance-store"` and the backlog capacity check).
public struct InstanceTypeInfo: Sendable, Hashable {
    public var name: String
    /// On-demand, Linux, in `InstanceTypeCatalog.priceRegion`, US dollars per hour.
    public var onDemandHourlyUSD: Double
    /// How many instance-store disks the type has (0 for EBS-only types).
    public var instanceStoreDisks: Int
    /// The size of each instance-store disk, in GB as AWS lists it.
    public var instanceStoreDiskGB: Int

    public init(name: String, onDemandHourlyUSD: Double, instanceStoreDisks: Int = 0, instanceStoreDiskGB: Int = 0) {
        self.name = name
        self.onDemandHourlyUSD = onDemandHourlyUSD
        self.instanceStoreDisks = instanceStoreDisks
        self.instanceStoreDiskGB = instanceStoreDiskGB
    }
}
