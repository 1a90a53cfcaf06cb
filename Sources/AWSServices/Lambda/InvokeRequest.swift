import AWSCore

/// `Invoke`: `POST /2015-03-31/functions/{FunctionName}/invocations` with the event as the body.
///
/// See: https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
public struct InvokeRequest: AWSServiceRequest {
    /// Name, ARN or partial ARN (`123456789012:function:name`), optionally with `:qualifier`.
    public var functionName: String
    /// The event, usually JSON.
    public var payload: [UInt8]
    /// `nil` is Lambda's default (`RequestResponse`).
    public var invocationType: LambdaInvocationType?
    /// Ask for the last 4 KB of the function's log in the answer (`X-Amz-Log-Type: Tail`; synchronous only).
    public var tailLog: Bool
    /// A version or alias.
    public var qualifier: String?

    public init(
        functionName: String, payload: [UInt8] = [], invocationType: LambdaInvocationType? = nil, tailLog: Bool = false,
        qualifier: String? = nil
    ) {
        self.functionName = functionName
        self.payload = payload
        self.invocationType = invocationType
        self.tailLog = tailLog
        self.qualifier = qualifier
    }

    public var operation: AWSOperation {
        var headers = HTTPHeaders()
        if let invocationType { headers.set(LambdaHeader.invocationType, invocationType.rawValue) }
        if tailLog { headers.set(LambdaHeader.logType, "Tail") }
        return .rest(
            .lambda, "Invoke", method: .post, segments: [AWSService.lambda.apiVersion, "functions", functionName, "invocations"],
            query: qualifier.map { [("Qualifier", $0)] } ?? [], headers: headers, body: payload, idempotency: .nonIdempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> LambdaInvocation {
        LambdaInvocation(
            statusCode: response.status, payload: response.body, functionError: response.headers[LambdaHeader.functionError],
            logResult: response.headers[LambdaHeader.logResult], executedVersion: response.headers[LambdaHeader.executedVersion])
    }
}
