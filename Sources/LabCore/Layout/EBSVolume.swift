/// One EBS volume in a node's launch: a block device mapping of RunInstances, created with the instance,
/// tagged with it, and deleted when it terminates (so teardown has fewer things to delete).
///
/// Data volumes use `/dev/sdf` (journal) and `/dev/sdg` (ledgers). On Nitro instances they appear as NVMe
/// devices; Amazon Linux 2023's udev rules (amazon-ec2-utils) link the requested names, so node scripts find
/// `/dev/sdf` and `/dev/sdg` either way. The root volume's device name is the AMI's `RootDeviceName`, which
/// only the launching stage knows, so it is nil here.
///
/// See: https://docs.aws.amazon.com/ebs/latest/userguide/nvme-ebs-volumes.html
public struct EBSVolume: Sendable, Hashable {
    public var purpose: VolumePurpose
    /// nil for the root volume (use the AMI's `RootDeviceName`).
    public var deviceName: String?
    public var volume: VolumeSpec
    public var volumeType: String { GP3.volumeType }
    public var deleteOnTermination: Bool { true }

    public init(purpose: VolumePurpose, deviceName: String?, volume: VolumeSpec) {
        self.purpose = purpose
        self.deviceName = deviceName
        self.volume = volume
    }

    public static let journalDevice = "/dev/sdf"
    public static let ledgersDevice = "/dev/sdg"
}
