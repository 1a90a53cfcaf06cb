import AWSCore

/// `DeletePlacementGroup`. Fails with `InvalidPlacementGroup.InUse` until its instances are terminated.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeletePlacementGroup.html
public struct DeletePlacementGroupRequest: AWSServiceRequest {
    public var groupName: String

    public init(groupName: String) {
        self.groupName = groupName
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DeletePlacementGroup")
        parameters.set("GroupName", groupName)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
