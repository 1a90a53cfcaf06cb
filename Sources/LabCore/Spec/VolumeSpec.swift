/// A gp3 EBS volume: size, provisioned IOPS and throughput. 3,000 IOPS and 125 MiB/s are gp3's baseline,
/// included in the per-GB price; more costs extra (see `EBSPricing`).
///
/// See: https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html#gp3-ebs-volume-type
public struct VolumeSpec: Sendable, Hashable {
    public var sizeGiB: Int
    public var iops: Int
    public var throughputMiBps: Int

    public init(sizeGiB: Int, iops: Int = GP3.baselineIOPS, throughputMiBps: Int = GP3.baselineThroughputMiBps) {
        self.sizeGiB = sizeGiB
        self.iops = iops
        self.throughputMiBps = throughputMiBps
    }
}
