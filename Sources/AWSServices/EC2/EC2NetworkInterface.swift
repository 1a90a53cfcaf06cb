/// A network interface, as far as the lab reads it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html
public struct EC2NetworkInterface: Sendable, Hashable {
    public var networkInterfaceID: String
    /// `available` (detached), `attaching`, `in-use`, `detaching`.
    public var status: String
    public var subnetID: String?
    public var vpcID: String?
    public var privateIPAddress: String?
    public var description: String?
    /// The instance it is attached to, when attached.
    public var attachedInstanceID: String?
    public var tags: [String: String]

    public init(
        networkInterfaceID: String, status: String, subnetID: String? = nil, vpcID: String? = nil,
        privateIPAddress: String? = nil, description: String? = nil, attachedInstanceID: String? = nil,
        tags: [String: String] = [:]
    ) {
        self.networkInterfaceID = networkInterfaceID
        self.status = status
        self.subnetID = subnetID
        self.vpcID = vpcID
        self.privateIPAddress = privateIPAddress
        self.description = description
        self.attachedInstanceID = attachedInstanceID
        self.tags = tags
    }

    init(xml: XMLFields) throws {
        self.init(
            networkInterfaceID: try xml.string("networkInterfaceId"), status: try xml.string("status"),
            subnetID: xml.optionalString("subnetId"), vpcID: xml.optionalString("vpcId"),
            privateIPAddress: xml.optionalString("privateIpAddress"), description: xml.optionalString("description"),
            attachedInstanceID: xml.optionalChild("attachment")?.optionalString("instanceId"), tags: try xml.ec2Tags())
    }
}
