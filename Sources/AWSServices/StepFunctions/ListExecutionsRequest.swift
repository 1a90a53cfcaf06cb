import AWSCore
import JSONCoding

/// `ListExecutions` of a state machine, newest first, optionally by status.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListExecutions.html
public struct ListExecutionsRequest: PaginatedRequest {
    public var stateMachineARN: String
    /// `RUNNING`, `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `ABORTED`, `PENDING_REDRIVE`.
    public var statusFilter: String?
    /// Page size (up to 1,000; Step Functions' default is 100).
    public var maxResults: Int?
    public var pageToken: String?

    public init(stateMachineARN: String, statusFilter: String? = nil, maxResults: Int? = nil, pageToken: String? = nil) {
        self.stateMachineARN = stateMachineARN
        self.statusFilter = statusFilter
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var body: JSONObject = ["stateMachineArn": .string(stateMachineARN)]
        if let statusFilter { body["statusFilter"] = .string(statusFilter) }
        if let maxResults { body["maxResults"] = .number(JSONNumber(maxResults)) }
        if let pageToken { body["nextToken"] = .string(pageToken) }
        return .json(.stepFunctions, "ListExecutions", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<SFNExecutionSummary> {
        let root = try JSONFields(body: response.body)
        let executions = try root.objects("executions").map { entry in
            SFNExecutionSummary(
                executionARN: try entry.string("executionArn"), stateMachineARN: try entry.string("stateMachineArn"),
                name: try entry.string("name"), status: try entry.string("status"), startDate: try entry.timestamp("startDate"),
                stopDate: try entry.optionalTimestamp("stopDate"))
        }
        return AWSPage(items: executions, nextPageToken: try root.optionalString("nextToken"))
    }
}
