/// What the janitor learnt about one execution.
public enum ExecutionState: Sendable, Hashable {
    /// `DescribeExecution`'s status (or the status-change event's).
    case status(String)
    /// `ExecutionDoesNotExist`: deleted with its state machine, or never in this account and region.
    case missing
    /// `DescribeExecution` failed otherwise (why): the janitor cannot tell whether it runs.
    case unknown(String)

    public var isRunning: Bool { self == .status("RUNNING") }
}
