import AWSCore

/// A transport for tests that build requests without sending them: any send is a test bug.
struct RefusingTransport: HTTPTransport {
    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        throw AWSError(kind: .transport, code: "NotSent", message: "this test builds requests only; it tried to send \(request.method) \(request.url)")
    }
}
