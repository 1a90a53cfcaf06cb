import AWSCore

/// One typed call: the request values of an operation, how they go on the wire (`operation`) and how the
/// successful response is read (`decode`). Service clients send these through `AWSClient.call(_:)`;
/// tests build `operation` without sending to compare it with what botocore builds.
public protocol AWSServiceRequest: Sendable {
    associatedtype Response: Sendable

    /// The call as AWSCore sends it: service, operation name, method, path, query, headers, body and
    /// whether it may be retried.
    var operation: AWSOperation { get }

    /// Reads a successful (2xx) response.
    ///
    /// - Throws: `ResponseDecodingError` when a member the lab relies on is missing or malformed;
    ///   `AWSClient.call(_:)` turns it into an `AWSError` (`.malformedResponse`) with the request id.
    func decode(_ response: HTTPResponse) throws -> Response
}
