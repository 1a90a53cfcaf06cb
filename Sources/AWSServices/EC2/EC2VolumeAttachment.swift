/// Which instance a volume is attached to, as which device.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VolumeAttachment.html
public struct EC2VolumeAttachment: Sendable, Hashable {
    public var instanceID: String?
    public var device: String?
    /// `attaching`, `attached`, `detaching`, `detached`, `busy`.
    public var state: String?

    public init(instanceID: String?, device: String?, state: String?) {
        self.instanceID = instanceID
        self.device = device
        self.state = state
    }

    init(xml: XMLFields) throws {
        self.init(instanceID: xml.optionalString("instanceId"), device: xml.optionalString("device"), state: xml.optionalString("status"))
    }
}
