/// One node's result of a command (`GetCommandInvocation`).
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetCommandInvocation.html#API_GetCommandInvocation_ResponseSyntax
public struct SSMCommandInvocationResult: Sendable, Hashable {
    public var commandID: String
    public var instanceID: String
    /// `Pending`, `InProgress`, `Delayed`, `Success`, `Cancelled`, `TimedOut`, `Failed`, `Cancelling`.
    public var status: String
    public var statusDetails: String?
    /// The script's exit status; -1 while it has not finished.
    public var responseCode: Int?
    /// The first 24,000 characters of standard output.
    public var standardOutputContent: String
    /// The first 8,000 characters of standard error.
    public var standardErrorContent: String
    /// As SSM writes them (the model types them as strings, e.g. `2024-01-02T03:04:05.123Z`); empty until set.
    public var executionStartDateTime: String?
    public var executionEndDateTime: String?

    public init(
        commandID: String, instanceID: String, status: String, statusDetails: String? = nil, responseCode: Int? = nil,
        standardOutputContent: String = "", standardErrorContent: String = "", executionStartDateTime: String? = nil,
        executionEndDateTime: String? = nil
    ) {
        self.commandID = commandID
        self.instanceID = instanceID
        self.status = status
        self.statusDetails = statusDetails
        self.responseCode = responseCode
        self.standardOutputContent = standardOutputContent
        self.standardErrorContent = standardErrorContent
        self.executionStartDateTime = executionStartDateTime
        self.executionEndDateTime = executionEndDateTime
    }

    init(json: JSONFields) throws {
        self.init(
            commandID: try json.string("CommandId"), instanceID: try json.string("InstanceId"), status: try json.string("Status"),
            statusDetails: try json.optionalString("StatusDetails"), responseCode: try json.optionalInt("ResponseCode"),
            standardOutputContent: try json.optionalString("StandardOutputContent") ?? "",
            standardErrorContent: try json.optionalString("StandardErrorContent") ?? "",
            executionStartDateTime: try json.optionalString("ExecutionStartDateTime"),
            executionEndDateTime: try json.optionalString("ExecutionEndDateTime"))
    }
}
