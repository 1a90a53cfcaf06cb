/// A volume attached to an instance: device name and volume id.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceBlockDeviceMapping.html
public struct EC2InstanceBlockDevice: Sendable, Hashable {
    public var deviceName: String
    public var volumeID: String?

    public init(deviceName: String, volumeID: String?) {
        self.deviceName = deviceName
        self.volumeID = volumeID
    }

    init(xml: XMLFields) throws {
        self.init(deviceName: try xml.string("deviceName"), volumeID: xml.optionalChild("ebs")?.optionalString("volumeId"))
    }
}
