import AWSCore

/// A command as `SendCommand` answers it.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_Command.html
public struct SSMCommand: Sendable, Hashable {
    public var commandID: String
    public var documentName: String?
    /// `Pending`, `InProgress`, `Success`, `Cancelled`, `Failed`, `TimedOut`, `Cancelling`.
    public var status: String
    public var requestedDateTime: Timestamp?
    public var instanceIDs: [String]
    public var comment: String?

    public init(
        commandID: String, documentName: String? = nil, status: String, requestedDateTime: Timestamp? = nil,
        instanceIDs: [String] = [], comment: String? = nil
    ) {
        self.commandID = commandID
        self.documentName = documentName
        self.status = status
        self.requestedDateTime = requestedDateTime
        self.instanceIDs = instanceIDs
        self.comment = comment
    }

    init(json: JSONFields) throws {
        self.init(
            commandID: try json.string("CommandId"), documentName: try json.optionalString("DocumentName"),
            status: try json.string("Status"), requestedDateTime: try json.optionalTimestamp("RequestedDateTime"),
            instanceIDs: try json.strings("InstanceIds"), comment: try json.optionalString("Comment"))
    }
}
