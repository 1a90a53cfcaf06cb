/// Where to launch: an Availability Zone and/or a placement group.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Placement.html
public struct EC2Placement: Sendable, Hashable {
    public var availabilityZone: String?
    public var groupName: String?

    public init(availabilityZone: String? = nil, groupName: String? = nil) {
        self.availabilityZone = availabilityZone
        self.groupName = groupName
    }
}
