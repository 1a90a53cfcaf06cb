import AWSCore
import JSONCoding

/// `GetExecutionHistory`: the events of an execution (`reverseOrder` for the latest first, e.g. to find
/// the failure that ended it).
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetExecutionHistory.html
public struct GetExecutionHistoryRequest: PaginatedRequest {
    public var executionARN: String
    public var reverseOrder: Bool
    /// Page size (up to 1,000; the default is 100).
    public var maxResults: Int?
    /// `false` leaves inputs and outputs out of the events (smaller pages).
    public var includeExecutionData: Bool?
    public var pageToken: String?

    public init(
        executionARN: String, reverseOrder: Bool = false, maxResults: Int? = nil, includeExecutionData: Bool? = nil,
        pageToken: String? = nil
    ) {
        self.executionARN = executionARN
        self.reverseOrder = reverseOrder
        self.maxResults = maxResults
        self.includeExecutionData = includeExecutionData
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var body: JSONObject = ["executionArn": .string(executionARN)]
        if let maxResults { body["maxResults"] = .number(JSONNumber(maxResults)) }
        if reverseOrder { body["reverseOrder"] = true }
        if let pageToken { body["nextToken"] = .string(pageToken) }
        if let includeExecutionData { body["includeExecutionData"] = .bool(includeExecutionData) }
        return .json(.stepFunctions, "GetExecutionHistory", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<SFNHistoryEvent> {
        let root = try JSONFields(body: response.body)
        return AWSPage(items: try root.objects("events").map(SFNHistoryEvent.init(json:)), nextPageToken: try root.optionalString("nextToken"))
    }
}
