/// A placement group, as far as the lab reads it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PlacementGroup.html
public struct EC2PlacementGroup: Sendable, Hashable {
    public var groupName: String
    public var groupID: String?
    /// `pending`, `available`, `deleting`, `deleted`.
    public var state: String?
    public var strategy: String?
    public var tags: [String: String]

    public init(groupName: String, groupID: String? = nil, state: String? = nil, strategy: String? = nil, tags: [String: String] = [:]) {
        self.groupName = groupName
        self.groupID = groupID
        self.state = state
        self.strategy = strategy
        self.tags = tags
    }

    init(xml: XMLFields) throws {
        self.init(
            groupName: try xml.string("groupName"), groupID: xml.optionalString("groupId"), state: xml.optionalString("state"),
            strategy: xml.optionalString("strategy"), tags: try xml.ec2Tags())
    }
}
