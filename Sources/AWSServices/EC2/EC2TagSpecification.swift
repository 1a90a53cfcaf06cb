/// Tags applied when a resource is created, so it is never untagged (the janitor finds everything by tag).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TagSpecification.html
public struct EC2TagSpecification: Sendable, Hashable {
    public var resourceType: EC2ResourceType
    public var tags: [EC2Tag]

    public init(resourceType: EC2ResourceType, tags: [EC2Tag]) {
        self.resourceType = resourceType
        self.tags = tags
    }
}
