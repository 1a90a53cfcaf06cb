/// One block device of an AMI: the device name and, for EBS, the snapshot behind it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockDeviceMapping.html
public struct EC2ImageBlockDevice: Sendable, Hashable {
    public var deviceName: String?
    public var snapshotID: String?
    /// GiB.
    public var volumeSize: Int?

    public init(deviceName: String?, snapshotID: String?, volumeSize: Int?) {
        self.deviceName = deviceName
        self.snapshotID = snapshotID
        self.volumeSize = volumeSize
    }

    init(xml: XMLFields) throws {
        let ebs = xml.optionalChild("ebs")
        self.init(
            deviceName: xml.optionalString("deviceName"), snapshotID: ebs?.optionalString("snapshotId"),
            volumeSize: try ebs?.optionalInt("volumeSize"))
    }
}
