import AWSServices

/// Where an SSM command invocation stands, as the check decides on it.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html (statuses)
enum CommandProgress: Sendable, Hashable {
    /// Not finished: `Pending`, `InProgress`, `Delayed` (the agent retries delivery), `Cancelling`
    /// (becomes `Cancelled`), or the invocation not visible yet.
    case running(status: String)
    /// `Success`: the runner exited 0.
    case succeeded(exitCode: Int)
    /// `Failed`, `TimedOut`, `Cancelled`, or a status this code does not know (which must not be waited on
    /// forever).
    case failed(status: String, exitCode: Int?)

    static let runningStatuses: Set<String> = ["Pending", "InProgress", "Delayed", "Cancelling"]

    init(_ invocation: SSMCommandInvocationResult) {
        // SSM reports -1 until the script has ended.
        let exitCode = invocation.responseCode.flatMap { $0 >= 0 ? $0 : nil }
        if Self.runningStatuses.contains(invocation.status) {
            self = .running(status: invocation.status)
        } else if invocation.status == "Success" {
            self = .succeeded(exitCode: exitCode ?? 0)
        } else {
            self = .failed(status: invocation.status, exitCode: exitCode)
        }
    }
}
