/// A resource and its tags, as `GetResources` lists it.
///
/// See: https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_ResourceTagMapping.html
public struct TaggedResource: Sendable, Hashable {
    public var arn: String
    public var tags: [String: String]

    public init(arn: String, tags: [String: String]) {
        self.arn = arn
        self.tags = tags
    }
}
