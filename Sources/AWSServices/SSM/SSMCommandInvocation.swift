import AWSCore

/// One node's invocation of a command, as `ListCommandInvocations` lists it.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CommandInvocation.html
public struct SSMCommandInvocation: Sendable, Hashable {
    public var commandID: String
    public var instanceID: String
    public var status: String
    public var statusDetails: String?
    public var requestedDateTime: Timestamp?
    /// Filled only when the request asked for `details`.
    public var plugins: [SSMCommandPlugin]

    public init(
        commandID: String, instanceID: String, status: String, statusDetails: String? = nil,
        requestedDateTime: Timestamp? = nil, plugins: [SSMCommandPlugin] = []
    ) {
        self.commandID = commandID
        self.instanceID = instanceID
        self.status = status
        self.statusDetails = statusDetails
        self.requestedDateTime = requestedDateTime
        self.plugins = plugins
    }

    init(json: JSONFields) throws {
        self.init(
            commandID: try json.string("CommandId"), instanceID: try json.string("InstanceId"), status: try json.string("Status"),
            statusDetails: try json.optionalString("StatusDetails"), requestedDateTime: try json.optionalTimestamp("RequestedDateTime"),
            plugins: try json.objects("CommandPlugins").map(SSMCommandPlugin.init(json:)))
    }
}
