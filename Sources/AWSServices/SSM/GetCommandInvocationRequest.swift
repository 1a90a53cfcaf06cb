import AWSCore
import JSONCoding

/// `GetCommandInvocation`: one node's status, exit code and output of a command.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetCommandInvocation.html
public struct GetCommandInvocationRequest: AWSServiceRequest {
    public var commandID: String
    public var instanceID: String

    public init(commandID: String, instanceID: String) {
        self.commandID = commandID
        self.instanceID = instanceID
    }

    public var operation: AWSOperation {
        .json(.ssm, "GetCommandInvocation", ["CommandId": .string(commandID), "InstanceId": .string(instanceID)], idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> SSMCommandInvocationResult {
        try SSMCommandInvocationResult(json: try JSONFields(body: response.body))
    }
}
