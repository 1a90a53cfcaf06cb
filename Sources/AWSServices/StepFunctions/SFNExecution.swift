import AWSCore

/// An execution as `DescribeExecution` answers it.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html#API_DescribeExecution_ResponseSyntax
public struct SFNExecution: Sendable, Hashable {
    public var executionARN: String
    public var stateMachineARN: String
    public var name: String?
    /// `RUNNING`, `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `ABORTED`, `PENDING_REDRIVE`.
    public var status: String
    public var startDate: Timestamp
    public var stopDate: Timestamp?
    /// JSON text.
    public var input: String?
    /// JSON text, once succeeded.
    public var output: String?
    public var error: String?
    public var cause: String?

    public init(
        executionARN: String, stateMachineARN: String, name: String? = nil, status: String, startDate: Timestamp,
        stopDate: Timestamp? = nil, input: String? = nil, output: String? = nil, error: String? = nil, cause: String? = nil
    ) {
        self.executionARN = executionARN
        self.stateMachineARN = stateMachineARN
        self.name = name
        self.status = status
        self.startDate = startDate
        self.stopDate = stopDate
        self.input = input
        self.output = output
        self.error = error
        self.cause = cause
    }

    /// Whether the execution is still going.
    public var isRunning: Bool { status == "RUNNING" }
}
