import JSONCoding

/// One request the runtime sends to the Runtime API, rendered to the exact bytes that go on the wire.
///
/// Keeping each request a small value makes the wire format testable without a network: the tests
/// assert the bytes, and the loop only has to send them.
enum RuntimeAPIRequest: Equatable {
    case next
    case response(requestID: String, body: [UInt8])
    case error(requestID: String, report: ErrorReport)
    case initError(report: ErrorReport)

    /// HTTP/1.1 request bytes for `host` (the value of `AWS_LAMBDA_RUNTIME_API`).
    func serialized(host: String) -> [UInt8] {
        switch self {
        case .next:
            return Self.render(method: "GET", path: RuntimeAPIPath.next, host: host, extraHeaders: [], body: [])
        case .response(let requestID, let body):
            return Self.render(
                method: "POST", path: RuntimeAPIPath.response(requestID: requestID), host: host,
                extraHeaders: [("Content-Type", "application/json")], body: body)
        case .error(let requestID, let report):
            return Self.render(
                method: "POST", path: RuntimeAPIPath.error(requestID: requestID), host: host,
                extraHeaders: report.headers, body: report.jsonBody)
        case .initError(let report):
            return Self.render(
                method: "POST", path: RuntimeAPIPath.initError, host: host,
                extraHeaders: report.headers, body: report.jsonBody)
        }
    }

    private static func render(
        method: String, path: String, host: String, extraHeaders: [(String, String)], body: [UInt8]
    ) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: pulsar-aws-lab-runtime/1\r\n"
        for (name, value) in extraHeaders {
            head += "\(name): \(value)\r\n"
        }
        if method != "GET" {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "\r\n"
        var bytes = Array(head.utf8)
        bytes.append(contentsOf: body)
        return bytes
    }
}
