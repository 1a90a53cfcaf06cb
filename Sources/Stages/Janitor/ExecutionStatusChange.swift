/// The `detail` of EventBridge's "Step Functions Execution Status Change" event, as far as the janitor reads it.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html
public struct ExecutionStatusChange: Sendable, Hashable {
    public var executionArn: String
    /// The execution's name: the experiment id when it follows the id rule (validate-ami generates one otherwise).
    public var name: String
    /// `RUNNING`, `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `ABORTED`, `PENDING_REDRIVE`.
    public var status: String
    public var stateMachineArn: String?

    public init(executionArn: String, name: String, status: String, stateMachineArn: String?) {
        self.executionArn = executionArn
        self.name = name
        self.status = status
        self.stateMachineArn = stateMachineArn
    }

    /// The statuses the janitor cleans up after at once; Step Functions' in-machine teardown cannot run (or did
    /// not finish) on these paths. Terraform's rule `execution_ended_badly` matches exactly these.
    public static let endedBadly: Set<String> = ["FAILED", "TIMED_OUT", "ABORTED"]

    public var endedBadly: Bool { Self.endedBadly.contains(status) }
}
