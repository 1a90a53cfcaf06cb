import AWSCore

/// A security group, as far as cleaning reads it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SecurityGroup.html
public struct EC2SecurityGroup: Sendable, Hashable {
    public var groupID: String
    public var groupName: String?
    public var vpcID: String?
    public var tags: [String: String]

    public init(groupID: String, groupName: String? = nil, vpcID: String? = nil, tags: [String: String] = [:]) {
        self.groupID = groupID
        self.groupName = groupName
        self.vpcID = vpcID
        self.tags = tags
    }

    /// Reads one `securityGroupInfo/item`.
    init(xml item: XMLElement) throws {
        guard let groupID = item.text(of: "groupId"), !groupID.isEmpty else {
            throw AWSError(
                kind: .malformedResponse, service: AWSService.ec2.id, operation: "DescribeSecurityGroups",
                code: "MalformedResponse", message: "a securityGroupInfo item has no groupId")
        }
        var tags: [String: String] = [:]
        for tag in item.child("tagSet")?.children("item") ?? [] {
            guard let key = tag.text(of: "key") else {
                throw AWSError(
                    kind: .malformedResponse, service: AWSService.ec2.id, operation: "DescribeSecurityGroups",
                    code: "MalformedResponse", message: "a tag of security group \(groupID) has no key")
            }
            tags[key] = tag.text(of: "value") ?? ""
        }
        self.init(groupID: groupID, groupName: item.text(of: "groupName"), vpcID: item.text(of: "vpcId"), tags: tags)
    }
}
