/// Sends one HTTP request and returns the whole response. AWSCore's clients depend on this protocol so
/// that tests can put a recording or scripted transport in front of them; production uses `CurlTransport`.
public protocol HTTPTransport: Sendable {
    /// Sends `request`; any response (also 4xx/5xx) is returned, not thrown.
    ///
    /// - Throws: `AWSError` of kind `.transport` when no response arrived (DNS, connect, TLS, timeout,
    ///   reset), saying what failed and whether a retry may help.
    func send(_ request: HTTPRequest) throws -> HTTPResponse
}
