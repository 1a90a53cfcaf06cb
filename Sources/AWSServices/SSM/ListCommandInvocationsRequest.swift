import AWSCore
import JSONCoding

/// `ListCommandInvocations`: the per-node invocations of a command (with `details`, each plugin's output).
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_ListCommandInvocations.html
public struct ListCommandInvocationsRequest: PaginatedRequest {
    public var commandID: String?
    public var instanceID: String?
    /// Include each plugin's status and output.
    public var details: Bool
    /// Page size (1–50).
    public var maxResults: Int?
    public var pageToken: String?

    public init(commandID: String? = nil, instanceID: String? = nil, details: Bool = false, maxResults: Int? = nil, pageToken: String? = nil) {
        self.commandID = commandID
        self.instanceID = instanceID
        self.details = details
        self.maxResults = maxResults
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var body = JSONObject()
        if let commandID { body["CommandId"] = .string(commandID) }
        if let instanceID { body["InstanceId"] = .string(instanceID) }
        if let maxResults { body["MaxResults"] = .number(JSONNumber(maxResults)) }
        if let pageToken { body["NextToken"] = .string(pageToken) }
        if details { body["Details"] = true }
        return .json(.ssm, "ListCommandInvocations", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<SSMCommandInvocation> {
        let root = try JSONFields(body: response.body)
        return AWSPage(
            items: try root.objects("CommandInvocations").map(SSMCommandInvocation.init(json:)),
            nextPageToken: try root.optionalString("NextToken"))
    }
}
