/// The four Runtime API calls, over one reused connection.
///
/// Transport failures get a few quick retries (the API may be restarting); after that the
/// runtime gives up and exits, as aws-lambda-cpp does, and Lambda starts a fresh environment.
final class RuntimeAPIClient {
    private let connection: RuntimeAPIConnection
    private let hostHeader: String
    private let retryDelaysMs: [Int]
    /// `GET /next` never changes: rendered once, not per invocation.
    private let nextRequest: [UInt8]

    init(endpoint: RuntimeAPIEndpoint, retryDelaysMs: [Int] = [10, 50, 200]) {
        self.connection = RuntimeAPIConnection(endpoint: endpoint)
        self.hostHeader = endpoint.description
        self.retryDelaysMs = retryDelaysMs
        self.nextRequest = RuntimeAPIRequest.next.serialized(host: endpoint.description)
    }

    /// Waits (without a timeout) for the next event.
    func next() throws(LambdaRuntimeError) -> Invocation {
        let response = try send(nextRequest)
        guard response.status == 200 else {
            throw LambdaRuntimeError(
                .runtimeAPIFailed,
                "GET /next answered HTTP \(response.status): \(String(decoding: response.body.prefix(512), as: UTF8.self))")
        }
        return try Invocation(response)
    }

    func respond(requestID: String, body: [UInt8]) throws(LambdaRuntimeError) -> RuntimeAPIResponse {
        try send(RuntimeAPIRequest.response(requestID: requestID, body: body).serialized(host: hostHeader))
    }

    func reportError(requestID: String, _ report: ErrorReport) throws(LambdaRuntimeError) -> RuntimeAPIResponse {
        try send(RuntimeAPIRequest.error(requestID: requestID, report: report).serialized(host: hostHeader))
    }

    func reportInitError(_ report: ErrorReport) throws(LambdaRuntimeError) -> RuntimeAPIResponse {
        try send(RuntimeAPIRequest.initError(report: report).serialized(host: hostHeader))
    }

    private func send(_ bytes: [UInt8]) throws(LambdaRuntimeError) -> RuntimeAPIResponse {
        var attempt = 0
        while true {
            do {
                return try connection.exchange(bytes)
            } catch {
                guard attempt < retryDelaysMs.count, error.kind == .unreachable || error.kind == .closedByPeer else {
                    throw LambdaRuntimeError(
                        .runtimeAPIUnreachable,
                        "\(error.description) (after \(attempt + 1) attempt\(attempt == 0 ? "" : "s"))")
                }
                sleepMs(retryDelaysMs[attempt])
                attempt += 1
            }
        }
    }
}
