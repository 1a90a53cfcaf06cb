import AWSCore

/// `DescribeNetworkInterfaces`: ENIs by id or filter (detached interfaces a failed launch can leave).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInterfaces.html
public struct DescribeNetworkInterfacesRequest: PaginatedRequest {
    public var networkInterfaceIDs: [String]
    public var filters: [EC2Filter]
    /// Page size (5–1000); not allowed together with `networkInterfaceIDs`.
    public var maxResults: Int?
    public var pageToken: String?

    public init(networkInterfaceIDs: [String] = [], filters: [EC2Filter] = [], maxResults: Int? = nil, pageToken: String? = nil) {
        self.networkInterfaceIDs = networkInterfaceIDs
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DescribeNetworkInterfaces")
        parameters.set("NextToken", ifPresent: pageToken)
        parameters.set("MaxResults", ifPresent: maxResults)
        parameters.addList("NetworkInterfaceId", networkInterfaceIDs)
        parameters.addFilters(filters)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<EC2NetworkInterface> {
        let root = try XMLFields(body: response.body)
        return AWSPage(
            items: try root.items("networkInterfaceSet").map(EC2NetworkInterface.init(xml:)), nextPageToken: root.nextToken)
    }
}
