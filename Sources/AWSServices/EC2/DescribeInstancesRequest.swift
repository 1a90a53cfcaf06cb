import AWSCore

/// `DescribeInstances`: instances by id or filter (the cluster of an experiment by its tags). A page's
/// items are the instances of all its reservations, in order, each carrying its reservation id.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html
public struct DescribeInstancesRequest: PaginatedRequest {
    public var instanceIDs: [String]
    public var filters: [EC2Filter]
    /// Page size (5–1000); not allowed together with `instanceIDs`.
    public var maxResults: Int?
    public var pageToken: String?

    public init(instanceIDs: [String] = [], filters: [EC2Filter] = [], maxResults: Int? = nil, pageToken: String? = nil) {
        self.instanceIDs = instanceIDs
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DescribeInstances")
        parameters.addList("InstanceId", instanceIDs)
        parameters.addFilters(filters)
        parameters.set("NextToken", ifPresent: pageToken)
        parameters.set("MaxResults", ifPresent: maxResults)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<EC2Instance> {
        let root = try XMLFields(body: response.body)
        var instances: [EC2Instance] = []
        for reservation in root.items("reservationSet") {
            instances += try EC2Reservation(xml: reservation).instances
        }
        return AWSPage(items: instances, nextPageToken: root.nextToken)
    }
}
