import AWSCore

/// `CreatePlacementGroup`, tagged at creation. Names are unique per account and region, so a repeat cannot
/// create a second group (it answers `InvalidPlacementGroup.Duplicate`): the call is retried like an
/// idempotent one.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreatePlacementGroup.html
public struct CreatePlacementGroupRequest: AWSServiceRequest {
    public var groupName: String
    /// `cluster`, `spread` or `partition`.
    public var strategy: String
    public var tagSpecifications: [EC2TagSpecification]

    public init(groupName: String, strategy: String, tagSpecifications: [EC2TagSpecification] = []) {
        self.groupName = groupName
        self.strategy = strategy
        self.tagSpecifications = tagSpecifications
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("CreatePlacementGroup")
        parameters.addTagSpecifications(tagSpecifications)
        parameters.set("GroupName", groupName)
        parameters.set("Strategy", strategy)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> EC2PlacementGroup? {
        try XMLFields(body: response.body).optionalChild("placementGroup").map(EC2PlacementGroup.init(xml:))
    }
}
