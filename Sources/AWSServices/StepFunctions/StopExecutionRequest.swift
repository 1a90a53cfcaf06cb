import AWSCore
import JSONCoding

/// `StopExecution`, with an error name and cause recorded on the aborted execution. Stopping a stopped
/// execution succeeds, so it is retried.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_StopExecution.html
public struct StopExecutionRequest: AWSServiceRequest {
    public var executionARN: String
    public var error: String?
    public var cause: String?

    public init(executionARN: String, error: String? = nil, cause: String? = nil) {
        self.executionARN = executionARN
        self.error = error
        self.cause = cause
    }

    public var operation: AWSOperation {
        var body: JSONObject = ["executionArn": .string(executionARN)]
        if let error { body["error"] = .string(error) }
        if let cause { body["cause"] = .string(cause) }
        return .json(.stepFunctions, "StopExecution", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> Timestamp {
        try JSONFields(body: response.body).timestamp("stopDate")
    }
}
