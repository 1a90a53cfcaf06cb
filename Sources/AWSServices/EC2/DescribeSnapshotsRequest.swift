import AWSCore

/// `DescribeSnapshots`: EBS snapshots by id, owner and filter (the snapshots of a deregistered AMI).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html
public struct DescribeSnapshotsRequest: PaginatedRequest {
    public var snapshotIDs: [String]
    /// `self`, an account id, or `amazon`. Without owners EC2 lists every public snapshot too: pass `self`.
    public var ownerIDs: [String]
    public var filters: [EC2Filter]
    /// Page size (5–1000); not allowed together with `snapshotIDs`.
    public var maxResults: Int?
    public var pageToken: String?

    public init(
        snapshotIDs: [String] = [], ownerIDs: [String] = [], filters: [EC2Filter] = [], maxResults: Int? = nil,
        pageToken: String? = nil
    ) {
        self.snapshotIDs = snapshotIDs
        self.ownerIDs = ownerIDs
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DescribeSnapshots")
        parameters.set("MaxResults", ifPresent: maxResults)
        parameters.set("NextToken", ifPresent: pageToken)
        parameters.addList("Owner", ownerIDs)
        parameters.addList("SnapshotId", snapshotIDs)
        parameters.addFilters(filters)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<EC2Snapshot> {
        let root = try XMLFields(body: response.body)
        return AWSPage(items: try root.items("snapshotSet").map(EC2Snapshot.init(xml:)), nextPageToken: root.nextToken)
    }
}
