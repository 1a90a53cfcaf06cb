/// The runtime's own failures. Those that end an invocation are reported to Lambda under the name of
/// their code (`InvalidEvent`, `ResponseTooLarge`), so a state machine can match on them.
public struct LambdaRuntimeError: LambdaNamedError, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The event is not JSON, or does not decode into the handler's event type.
        case invalidEvent = "InvalidEvent"
        /// The handler's output is over Lambda's 6 MB response limit.
        case responseTooLarge = "ResponseTooLarge"
        /// The handler's output could not be encoded as JSON.
        case invalidOutput = "InvalidOutput"
        /// A required environment variable is missing or malformed.
        case invalidEnvironment = "InvalidEnvironment"
        /// `/next` answered without the headers every invocation carries.
        case invalidNextResponse = "InvalidNextResponse"
        /// The Runtime API answered a status the runtime cannot continue from (e.g. `/next` 500).
        case runtimeAPIFailed = "RuntimeAPIFailed"
        /// The Runtime API could not be reached after a few quick retries.
        case runtimeAPIUnreachable = "RuntimeAPIUnreachable"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var errorType: String { code.rawValue }
    public var errorMessage: String { message }
    public var description: String { "\(code.rawValue): \(message)" }
}
