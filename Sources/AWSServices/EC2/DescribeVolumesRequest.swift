import AWSCore

/// `DescribeVolumes`: EBS volumes by id or filter (what termination left behind, by tag).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html
public struct DescribeVolumesRequest: PaginatedRequest {
    public var volumeIDs: [String]
    public var filters: [EC2Filter]
    /// Page size (5–500); not allowed together with `volumeIDs`.
    public var maxResults: Int?
    public var pageToken: String?

    public init(volumeIDs: [String] = [], filters: [EC2Filter] = [], maxResults: Int? = nil, pageToken: String? = nil) {
        self.volumeIDs = volumeIDs
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DescribeVolumes")
        parameters.addList("VolumeId", volumeIDs)
        parameters.addFilters(filters)
        parameters.set("NextToken", ifPresent: pageToken)
        parameters.set("MaxResults", ifPresent: maxResults)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<EC2Volume> {
        let root = try XMLFields(body: response.body)
        return AWSPage(items: try root.items("volumeSet").map(EC2Volume.init(xml:)), nextPageToken: root.nextToken)
    }
}
