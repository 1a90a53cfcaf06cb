import AWSCore
import JSONCoding

/// `DescribeInstanceInformation`: which nodes' SSM agents are registered and online (poll-readiness).
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceInformation.html
public struct DescribeInstanceInformationRequest: PaginatedRequest {
    public var filters: [SSMInstanceFilter]
    /// Page size (5–50).
    public var maxResults: Int?
    public var pageToken: String?

    public init(filters: [SSMInstanceFilter] = [], maxResults: Int? = nil, pageToken: String? = nil) {
        self.filters = filters
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var body = JSONObject()
        if !filters.isEmpty {
            body["Filters"] = .array(filters.map { ["Key": .string($0.key), "Values": .array($0.values.map { .string($0) })] })
        }
        if let maxResults { body["MaxResults"] = .number(JSONNumber(maxResults)) }
        if let pageToken { body["NextToken"] = .string(pageToken) }
        return .json(.ssm, "DescribeInstanceInformation", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<SSMInstanceInformation> {
        let root = try JSONFields(body: response.body)
        return AWSPage(
            items: try root.objects("InstanceInformationList").map(SSMInstanceInformation.init(json:)),
            nextPageToken: try root.optionalString("NextToken"))
    }
}
