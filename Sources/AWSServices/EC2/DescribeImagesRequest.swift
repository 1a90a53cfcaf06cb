import AWSCore

/// `DescribeImages`: the AMIs matching ids, owners and filters (validate-ami looks for the newest
/// `pulsar-base-*` image owned by the account).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html
public struct DescribeImagesRequest: PaginatedRequest {
    public var imageIDs: [String]
    /// `self`, an account id, or `amazon`.
    public var owners: [String]
    public var filters: [EC2Filter]
    /// Page size (EC2 allows 1000); `nil` lets EC2 choose. Not allowed together with `imageIDs`.
    public var maxResults: Int?
    public var pageToken: String?

    public init(imageIDs: [String] = [], owners: [String] = [], filters: [EC2Filter] = [], maxResults: Int? = nil, pageToken: String? = nil) {
        self.imageIDs = imageIDs
        self.owners = owners
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DescribeImages")
        parameters.addList("ImageId", imageIDs)
        parameters.addList("Owner", owners)
        parameters.set("MaxResults", ifPresent: maxResults)
        parameters.set("NextToken", ifPresent: pageToken)
        parameters.addFilters(filters)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<EC2Image> {
        let root = try XMLFields(body: response.body)
        return AWSPage(items: try root.items("imagesSet").map(EC2Image.init(xml:)), nextPageToken: root.nextToken)
    }
}
