/// A block device to attach at launch (`BlockDeviceMapping.N`): the bookies' journal and ledger volumes.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockDeviceMapping.html
public struct EC2BlockDeviceMapping: Sendable, Hashable {
    /// E.g. `/dev/sdf`.
    public var deviceName: String
    public var ebs: EC2EBSVolume?

    public init(deviceName: String, ebs: EC2EBSVolume?) {
        self.deviceName = deviceName
        self.ebs = ebs
    }
}
