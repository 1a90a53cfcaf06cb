import AWSCore

/// The Lambda call the lab makes (REST-JSON): invoke a function, e.g. the janitor for one experiment.
///
/// See: https://docs.aws.amazon.com/lambda/latest/api/welcome.html
public struct LambdaClient: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    /// Invokes a function. A function that throws still answers HTTP 200: look at
    /// `LambdaInvocation.functionError`. Not retried after a failure that may have reached Lambda (Lambda
    /// has no idempotency token for Invoke).
    public func invoke(_ request: InvokeRequest) throws -> LambdaInvocation {
        try client.call(request)
    }
}
