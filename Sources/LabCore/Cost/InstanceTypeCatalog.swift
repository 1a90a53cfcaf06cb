/// The instance types the profiles use and their usual alternatives, with prices embedded (LabCore does no
/// I/O, and the AWS Price List API is too heavy for a Lambda function's budget).
///
/// Prices: Amazon EC2 On-Demand, Linux, shared tenancy, region us-east-1 (N. Virginia), US dollars per hour,
/// as listed on https://aws.amazon.com/ec2/pricing/on-demand/ in 2025 (table written 2025-11, not fetched
/// live: check the page before quoting a figure). Other regions usually cost more; spot usually less. The
/// estimate says which region its prices are from.
///
/// Instance-store disks: https://docs.aws.amazon.com/ec2/latest/instancetypes/so.html#so_instance-store
public enum InstanceTypeCatalog {
    /// The region the prices are from.
    public static let priceRegion = "us-east-1"
    /// When the table was written.
    public static let pricesAsOf = "2025-11"

    public static let known: [InstanceTypeInfo] = [
        // Burstable: dev ZooKeeper.
        InstanceTypeInfo(name: "t3.small", onDemandHourlyUSD: 0.0208),
        InstanceTypeInfo(name: "t3.medium", onDemandHourlyUSD: 0.0416),
        InstanceTypeInfo(name: "t3.large", onDemandHourlyUSD: 0.0832),
        // General purpose: dev bookies, brokers, client; perf ZooKeeper.
        InstanceTypeInfo(name: "m5.large", onDemandHourlyUSD: 0.096),
        InstanceTypeInfo(name: "m5.xlarge", onDemandHourlyUSD: 0.192),
        InstanceTypeInfo(name: "m5.2xlarge", onDemandHourlyUSD: 0.384),
        InstanceTypeInfo(name: "m6i.large", onDemandHourlyUSD: 0.096),
        InstanceTypeInfo(name: "m6i.xlarge", onDemandHourlyUSD: 0.192),
        InstanceTypeInfo(name: "m6i.2xlarge", onDemandHourlyUSD: 0.384),
        // Network optimised: perf brokers and client (OMB's client type).
        InstanceTypeInfo(name: "m5n.large", onDemandHourlyUSD: 0.119),
        InstanceTypeInfo(name: "m5n.xlarge", onDemandHourlyUSD: 0.238),
        InstanceTypeInfo(name: "m5n.2xlarge", onDemandHourlyUSD: 0.476),
        InstanceTypeInfo(name: "m5n.4xlarge", onDemandHourlyUSD: 0.952),
        InstanceTypeInfo(name: "m5n.8xlarge", onDemandHourlyUSD: 1.904),
        InstanceTypeInfo(name: "c5.2xlarge", onDemandHourlyUSD: 0.34),
        InstanceTypeInfo(name: "c5n.2xlarge", onDemandHourlyUSD: 0.432),
        // Storage optimised, NVMe instance store: perf bookies (OMB's bookie types).
        InstanceTypeInfo(name: "i3.xlarge", onDemandHourlyUSD: 0.312, instanceStoreDisks: 1, instanceStoreDiskGB: 950),
        InstanceTypeInfo(name: "i3.2xlarge", onDemandHourlyUSD: 0.624, instanceStoreDisks: 1, instanceStoreDiskGB: 1900),
        InstanceTypeInfo(name: "i3.4xlarge", onDemandHourlyUSD: 1.248, instanceStoreDisks: 2, instanceStoreDiskGB: 1900),
        InstanceTypeInfo(name: "i3en.xlarge", onDemandHourlyUSD: 0.452, instanceStoreDisks: 1, instanceStoreDiskGB: 2500),
        InstanceTypeInfo(name: "i3en.2xlarge", onDemandHourlyUSD: 0.904, instanceStoreDisks: 2, instanceStoreDiskGB: 2500),
        InstanceTypeInfo(name: "i3en.6xlarge", onDemandHourlyUSD: 2.712, instanceStoreDisks: 2, instanceStoreDiskGB: 7500),
        InstanceTypeInfo(name: "i4i.xlarge", onDemandHourlyUSD: 0.343, instanceStoreDisks: 1, instanceStoreDiskGB: 937),
        InstanceTypeInfo(name: "i4i.2xlarge", onDemandHourlyUSD: 0.686, instanceStoreDisks: 1, instanceStoreDiskGB: 1875),
    ]

    /// What the catalog knows about `instanceType`, or nil.
    public static func info(_ instanceType: String) -> InstanceTypeInfo? {
        known.first { $0.name == instanceType }
    }
}
