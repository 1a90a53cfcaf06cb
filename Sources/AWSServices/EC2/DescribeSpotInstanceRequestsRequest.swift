import AWSCore

/// `DescribeSpotInstanceRequests`: spot requests by id or filter (open requests of a failed launch).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSpotInstanceRequests.html
public struct DescribeSpotInstanceRequestsRequest: PaginatedRequest {
    public var spotInstanceRequestIDs: [String]
    public var filters: [EC2Filter]
    /// Page size (5–1000); not allowed together with `spotInstanceRequestIDs`.
    public var maxResults: Int?
    public var pageToken: String?

    public init(spotInstanceRequestIDs: [String] = [], filters: [EC2Filter] = [], maxResults: Int? = nil, pageToken: String? = nil) {
        self.spotInstanceRequestIDs = spotInstanceRequestIDs
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DescribeSpotInstanceRequests")
        parameters.set("NextToken", ifPresent: pageToken)
        parameters.set("MaxResults", ifPresent: maxResults)
        parameters.addList("SpotInstanceRequestId", spotInstanceRequestIDs)
        parameters.addFilters(filters)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<EC2SpotInstanceRequest> {
        let root = try XMLFields(body: response.body)
        return AWSPage(
            items: try root.items("spotInstanceRequestSet").map(EC2SpotInstanceRequest.init(xml:)), nextPageToken: root.nextToken)
    }
}
