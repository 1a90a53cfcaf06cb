import AWSCore
import AWSServices

/// `DeleteSecurityGroup` by id. Fails with `DependencyViolation` while a network interface still uses the group.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSecurityGroup.html
public struct DeleteSecurityGroupRequest: AWSServiceRequest {
    public var groupID: String

    public init(groupID: String) {
        self.groupID = groupID
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters(action: "DeleteSecurityGroup", version: AWSService.ec2.apiVersion)
        parameters.set("GroupId", groupID)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
