/// The one error type of AWSCore: a failed AWS call, or a failure on the way to making one
/// (credentials, configuration, transport, a response we could not read).
///
/// `kind` is what callers switch on; `code` is the AWS error code for `.service` errors
/// (`InvalidAMIID.NotFound`, `ThrottlingException`, …) and a stable name of ours for the rest
/// (`CouldNotConnect`, `MalformedXML`, …), so Step Functions-style matching on a code works for both.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html (retryable errors)
public struct AWSError: Error, Sendable, CustomStringConvertible {
    /// The category of failure.
    public enum Kind: String, Sendable, Hashable {
        /// AWS answered with an error response (decoded from XML or JSON, or from the status alone).
        case service
        /// The HTTP exchange itself failed: DNS, connect, TLS, timeout, connection reset.
        case transport
        /// No credentials could be found, or a credential source failed.
        case credentials
        /// Configuration is missing or invalid: region, endpoint URL, profile, shared file syntax.
        case configuration
        /// A response arrived but could not be read (malformed XML/JSON, missing element).
        case malformedResponse
        /// The caller asked for something we cannot build (e.g. an invalid URL or bucket name).
        case invalidRequest
    }

    public var kind: Kind
    /// The AWS service id, e.g. `EC2`, `S3`, `DynamoDB` (empty when no service is involved).
    public var service: String
    /// The operation name, e.g. `DescribeImages` (empty when no operation is involved).
    public var operation: String
    /// The AWS error code for `.service` errors; our own stable name otherwise.
    public var code: String
    /// What went wrong, in words a person on call can act on.
    public var message: String
    /// The request id AWS assigned (from the body or the `x-amzn-RequestId`/`x-amz-request-id` header).
    public var requestID: String?
    /// The HTTP status of the response, when there was one.
    public var httpStatus: Int?
    /// Whether an identical request may succeed later (throttling, 5xx, transient network failure).
    public var isRetryable: Bool
    /// The error that caused this one, if any.
    public var underlying: (any Error & Sendable)?

    public init(
        kind: Kind,
        service: String = "",
        operation: String = "",
        code: String,
        message: String,
        requestID: String? = nil,
        httpStatus: Int? = nil,
        isRetryable: Bool = false,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.kind = kind
        self.service = service
        self.operation = operation
        self.code = code
        self.message = message
        self.requestID = requestID
        self.httpStatus = httpStatus
        self.isRetryable = isRetryable
        self.underlying = underlying
    }

    /// One readable line, e.g.
    /// `EC2 DescribeImages failed: InvalidAMIID.NotFound — The image id '[ami-1]' does not exist (HTTP 400, request id 59dbff89-…)`.
    public var description: String {
        var subject = [service, operation].filter { !$0.isEmpty }.joined(separator: " ")
        if subject.isEmpty { subject = "AWS call" }
        var line = "\(subject) failed: \(code)"
        if !message.isEmpty { line += " — \(message)" }
        var details: [String] = []
        if let httpStatus { details.append("HTTP \(httpStatus)") }
        if let requestID, !requestID.isEmpty { details.append("request id \(requestID)") }
        if !details.isEmpty { line += " (\(details.joined(separator: ", ")))" }
        if let underlying {
            // An AWSError cause usually has its message quoted in ours already; repeat only what is new.
            let cause = (underlying as? AWSError)?.message ?? "\(underlying)"
            if !message.contains(cause) { line += "; caused by: \(cause)" }
        }
        return line.replacingNewlines()
    }

    /// The same error, attributed to a service operation (used when a lower layer did not know it).
    func attributed(service: String, operation: String) -> AWSError {
        var copy = self
        if copy.service.isEmpty { copy.service = service }
        if copy.operation.isEmpty { copy.operation = operation }
        return copy
    }
}

extension String {
    /// Keeps a message on one line, so a log line stays one line.
    fileprivate func replacingNewlines() -> String {
        String(self.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
