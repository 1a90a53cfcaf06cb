/// What a handler knows about the invocation it is serving.
///
/// See: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html#runtimes-api-next
public struct LambdaContext: Sendable {
    public var requestID: String
    /// When Lambda stops the invocation, in milliseconds since the Unix epoch.
    public var deadlineMs: Int64
    public var invokedFunctionARN: String
    /// The X-Ray trace header, also exported as `_X_AMZN_TRACE_ID` for the invocation.
    public var traceID: String?
    public var clientContext: String?
    public var cognitoIdentity: String?
    /// Logs one JSON object per line to stderr, carrying `requestId`.
    public var logger: LambdaLogger

    public init(
        requestID: String, deadlineMs: Int64, invokedFunctionARN: String, traceID: String? = nil,
        clientContext: String? = nil, cognitoIdentity: String? = nil, logger: LambdaLogger
    ) {
        self.requestID = requestID
        self.deadlineMs = deadlineMs
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.logger = logger
    }

    /// Milliseconds left before the deadline (negative once it has passed).
    public var remainingTimeMs: Int64 { deadlineMs - SystemClock.nowMs() }

    /// The time left, as a `Duration`, for APIs that take one.
    public var remainingTime: Duration { .milliseconds(remainingTimeMs) }
}
