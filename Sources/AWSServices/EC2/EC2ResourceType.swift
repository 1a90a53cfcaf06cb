/// The resource types a `TagSpecification` tags at creation (only those the lab creates).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TagSpecification.html
public struct EC2ResourceType: RawRepresentable, Sendable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let instance = EC2ResourceType(rawValue: "instance")
    public static let volume = EC2ResourceType(rawValue: "volume")
    public static let networkInterface = EC2ResourceType(rawValue: "network-interface")
    public static let spotInstancesRequest = EC2ResourceType(rawValue: "spot-instances-request")
    public static let placementGroup = EC2ResourceType(rawValue: "placement-group")
}
