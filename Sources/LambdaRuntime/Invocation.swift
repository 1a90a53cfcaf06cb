/// One event handed out by `GET /runtime/invocation/next`, with the metadata from its headers.
struct Invocation {
    var requestID: String
    var deadlineMs: Int64
    var invokedFunctionARN: String
    var traceID: String?
    var clientContext: String?
    var cognitoIdentity: String?
    var event: [UInt8]

    /// Reads the invocation from a `/next` response, naming the header that is missing or malformed.
    init(_ response: RuntimeAPIResponse) throws(LambdaRuntimeError) {
        guard let requestID = response.header(RuntimeAPIHeader.requestID), !requestID.isEmpty else {
            throw LambdaRuntimeError(.invalidNextResponse, "the /next response has no \(RuntimeAPIHeader.requestID) header")
        }
        guard let deadlineText = response.header(RuntimeAPIHeader.deadlineMs), let deadlineMs = Int64(deadlineText) else {
            throw LambdaRuntimeError(
                .invalidNextResponse,
                "the /next response for \(requestID) has no valid \(RuntimeAPIHeader.deadlineMs) header (got \(response.header(RuntimeAPIHeader.deadlineMs).map { "\"\($0)\"" } ?? "none"))")
        }
        guard let arn = response.header(RuntimeAPIHeader.invokedFunctionARN) else {
            throw LambdaRuntimeError(.invalidNextResponse, "the /next response for \(requestID) has no \(RuntimeAPIHeader.invokedFunctionARN) header")
        }
        self.requestID = requestID
        self.deadlineMs = deadlineMs
        self.invokedFunctionARN = arn
        self.traceID = response.header(RuntimeAPIHeader.traceID)
        self.clientContext = response.header(RuntimeAPIHeader.clientContext)
        self.cognitoIdentity = response.header(RuntimeAPIHeader.cognitoIdentity)
        self.event = response.body
    }
}
