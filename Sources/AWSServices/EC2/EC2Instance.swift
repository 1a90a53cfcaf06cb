import AWSCore

/// An EC2 instance, as far as the lab reads it: identity, state (and why), addresses, placement, spot
/// origin, tags and attached volumes.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html
public struct EC2Instance: Sendable, Hashable {
    public var instanceID: String
    /// The reservation the instance was launched in.
    public var reservationID: String
    public var imageID: String?
    public var instanceType: String?
    public var state: EC2InstanceState
    public var stateReason: EC2StateReason?
    public var privateIPAddress: String?
    public var publicIPAddress: String?
    public var privateDNSName: String?
    public var launchTime: Timestamp?
    public var subnetID: String?
    public var vpcID: String?
    public var availabilityZone: String?
    public var placementGroupName: String?
    /// `spot` for spot instances; absent for on-demand.
    public var instanceLifecycle: String?
    public var spotInstanceRequestID: String?
    public var clientToken: String?
    public var tags: [String: String]
    public var blockDevices: [EC2InstanceBlockDevice]

    public init(
        instanceID: String, reservationID: String, imageID: String? = nil, instanceType: String? = nil,
        state: EC2InstanceState, stateReason: EC2StateReason? = nil, privateIPAddress: String? = nil,
        publicIPAddress: String? = nil, privateDNSName: String? = nil, launchTime: Timestamp? = nil,
        subnetID: String? = nil, vpcID: String? = nil, availabilityZone: String? = nil, placementGroupName: String? = nil,
        instanceLifecycle: String? = nil, spotInstanceRequestID: String? = nil, clientToken: String? = nil,
        tags: [String: String] = [:], blockDevices: [EC2InstanceBlockDevice] = []
    ) {
        self.instanceID = instanceID
        self.reservationID = reservationID
        self.imageID = imageID
        self.instanceType = instanceType
        self.state = state
        self.stateReason = stateReason
        self.privateIPAddress = privateIPAddress
        self.publicIPAddress = publicIPAddress
        self.privateDNSName = privateDNSName
        self.launchTime = launchTime
        self.subnetID = subnetID
        self.vpcID = vpcID
        self.availabilityZone = availabilityZone
        self.placementGroupName = placementGroupName
        self.instanceLifecycle = instanceLifecycle
        self.spotInstanceRequestID = spotInstanceRequestID
        self.clientToken = clientToken
        self.tags = tags
        self.blockDevices = blockDevices
    }

    /// Whether EC2 reports the instance as running.
    public var isRunning: Bool { state.name == "running" }

    init(xml: XMLFields, reservationID: String) throws {
        let placement = xml.optionalChild("placement")
        self.init(
            instanceID: try xml.string("instanceId"), reservationID: reservationID, imageID: xml.optionalString("imageId"),
            instanceType: xml.optionalString("instanceType"), state: try EC2InstanceState(xml: try xml.child("instanceState")),
            stateReason: try xml.optionalChild("stateReason").map(EC2StateReason.init(xml:)),
            privateIPAddress: xml.optionalString("privateIpAddress"), publicIPAddress: xml.optionalString("ipAddress"),
            privateDNSName: xml.optionalString("privateDnsName"), launchTime: try xml.optionalTimestamp("launchTime"),
            subnetID: xml.optionalString("subnetId"), vpcID: xml.optionalString("vpcId"),
            availabilityZone: placement?.optionalString("availabilityZone"),
            placementGroupName: placement?.optionalString("groupName"),
            instanceLifecycle: xml.optionalString("instanceLifecycle"),
            spotInstanceRequestID: xml.optionalString("spotInstanceRequestId"), clientToken: xml.optionalString("clientToken"),
            tags: try xml.ec2Tags(), blockDevices: try xml.items("blockDeviceMapping").map(EC2InstanceBlockDevice.init(xml:)))
    }
}
