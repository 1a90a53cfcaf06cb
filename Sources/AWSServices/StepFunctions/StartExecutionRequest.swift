import AWSCore
import JSONCoding

/// `StartExecution` of a state machine, with a name (the experiment id) and JSON input.
///
/// With a name the call is idempotent on a Standard workflow: the same name and input return the running
/// execution instead of starting another (a different input fails with `ExecutionAlreadyExists`), so it
/// is retried. Without a name every call starts a new execution: not retried.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
public struct StartExecutionRequest: AWSServiceRequest {
    public var stateMachineARN: String
    /// Unique per state machine for 90 days.
    public var name: String?
    /// The input document as JSON text; `nil` means `{}`.
    public var input: String?

    public init(stateMachineARN: String, name: String? = nil, input: String? = nil) {
        self.stateMachineARN = stateMachineARN
        self.name = name
        self.input = input
    }

    public var operation: AWSOperation {
        var body: JSONObject = ["stateMachineArn": .string(stateMachineARN)]
        if let name { body["name"] = .string(name) }
        if let input { body["input"] = .string(input) }
        return .json(.stepFunctions, "StartExecution", body, idempotency: name == nil ? .nonIdempotent : .idempotencyToken)
    }

    public func decode(_ response: HTTPResponse) throws -> SFNExecutionStart {
        let root = try JSONFields(body: response.body)
        return SFNExecutionStart(executionARN: try root.string("executionArn"), startDate: try root.timestamp("startDate"))
    }
}
