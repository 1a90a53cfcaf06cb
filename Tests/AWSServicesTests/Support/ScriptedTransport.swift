import AWSCore
import Synchronization

/// A transport that answers from a script, recording each request: for decoding tests that need exact
/// response bytes (real AWS shapes moto does not produce, malformed answers).
final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(responses: [HTTPResponse], requests: [HTTPRequest])>

    init(_ responses: [HTTPResponse]) {
        state = Mutex((responses, []))
    }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        try state.withLock { state in
            state.requests.append(request)
            guard !state.responses.isEmpty else {
                throw AWSError(kind: .transport, code: "ScriptExhausted", message: "no scripted response left for \(request.method) \(request.url)")
            }
            return state.responses.removeFirst()
        }
    }

    /// A client on this transport with fixed keys, default AWS endpoints and one attempt.
    func client() -> AWSClient {
        var retry = RetryPolicy.standard
        retry.maxAttempts = 1
        return AWSClient(
            region: "us-east-1", credentials: StaticCredentialProvider(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "secret"),
            transport: self, endpoints: EndpointResolver(environment: AWSEnvironment(variables: [:])), retryPolicy: retry)
    }

    static func xml(_ body: String, requestID: String = "req-1") -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": "text/xml;charset=UTF-8", "x-amzn-RequestId": requestID], body: Array(body.utf8))
    }

    static func json(_ body: String, requestID: String = "req-1") -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": requestID], body: Array(body.utf8))
    }
}
