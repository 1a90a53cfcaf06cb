/// The EC2 resource types the lab tags at creation, spelt as TagSpecification's `ResourceType` wants them.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TagSpecification.html
public enum EC2ResourceType: String, Sendable, Hashable, CaseIterable {
    case instance
    case volume
    case networkInterface = "network-interface"
    case spotInstancesRequest = "spot-instances-request"
    case placementGroup = "placement-group"
}
