import AWSCore

/// `DescribePlacementGroups` (not paginated: the API returns every match at once).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribePlacementGroups.html
public struct DescribePlacementGroupsRequest: AWSServiceRequest {
    public var groupNames: [String]
    public var filters: [EC2Filter]

    public init(groupNames: [String] = [], filters: [EC2Filter] = []) {
        self.groupNames = groupNames
        self.filters = filters
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DescribePlacementGroups")
        parameters.addList("GroupName", groupNames)
        parameters.addFilters(filters)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> [EC2PlacementGroup] {
        try XMLFields(body: response.body).items("placementGroupSet").map(EC2PlacementGroup.init(xml:))
    }
}
