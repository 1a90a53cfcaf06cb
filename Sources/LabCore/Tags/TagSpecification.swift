/// EC2's `TagSpecification`: the tags one kind of resource gets at creation (RunInstances,
/// CreatePlacementGroup). Tagging at creation means no resource ever exists untagged, so teardown and the
/// janitor can always find it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TagSpecification.html
public struct TagSpecification: Sendable, Hashable {
    public var resourceType: EC2ResourceType
    public var tags: [Tag]

    public init(resourceType: EC2ResourceType, tags: [Tag]) {
        self.resourceType = resourceType
        self.tags = tags
    }
}
