/// The EBS volume of a block device mapping at launch: size, type and performance (gp3 `iops` and
/// `throughput`, io2 `iops`), encryption, and whether it goes with the instance.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EbsBlockDevice.html
public struct EC2EBSVolume: Sendable, Hashable {
    /// GiB.
    public var volumeSize: Int?
    /// `gp3`, `io2`, `st1`, …
    public var volumeType: String?
    public var iops: Int?
    /// MiB/s (gp3 only).
    public var throughput: Int?
    public var deleteOnTermination: Bool?
    public var encrypted: Bool?

    public init(
        volumeSize: Int? = nil, volumeType: String? = nil, iops: Int? = nil, throughput: Int? = nil,
        deleteOnTermination: Bool? = nil, encrypted: Bool? = nil
    ) {
        self.volumeSize = volumeSize
        self.volumeType = volumeType
        self.iops = iops
        self.throughput = throughput
        self.deleteOnTermination = deleteOnTermination
        self.encrypted = encrypted
    }
}
