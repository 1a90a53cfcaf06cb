import AWSCore
import AWSServices

/// `DescribeSecurityGroups` by filter: a security group created for one experiment, found by its tags.
/// Kept next to the cleaner, the only caller (AWSServices holds the calls every stage shares).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html
public struct DescribeSecurityGroupsRequest: PaginatedRequest {
    public var filters: [EC2Filter]
    /// Page size (5–1000).
    public var maxResults: Int?
    public var pageToken: String?

    public init(filters: [EC2Filter] = [], maxResults: Int? = nil, pageToken: String? = nil) {
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters(action: "DescribeSecurityGroups", version: AWSService.ec2.apiVersion)
        parameters.addFilters(filters)
        parameters.set("NextToken", ifPresent: pageToken)
        parameters.set("MaxResults", ifPresent: maxResults)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<EC2SecurityGroup> {
        let root = try XMLReader().parse(response.body)
        let groups = try (root.child("securityGroupInfo")?.children("item") ?? []).map(EC2SecurityGroup.init(xml:))
        return AWSPage(items: groups, nextPageToken: root.text(of: "nextToken"))
    }
}
