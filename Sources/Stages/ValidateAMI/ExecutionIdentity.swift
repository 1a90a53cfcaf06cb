import AWSCore
import LabCore

/// The experiment's id and start time, derived from the execution alone, so a retried validate-ami (same
/// execution, same input) derives the same id, the same `createdAt` and the same `expiresAt`.
struct ExecutionIdentity {
    var experimentID: ExperimentID
    /// `$$.Execution.StartTime`, or the stage's clock when the input does not carry it.
    var startedAt: Timestamp

    /// - Parameter now: used only when the execution has no (readable) start time; `startTimeProblem` then
    ///   says why, for the log.
    init(execution: ValidateInput.Execution, now: Timestamp) {
        var startedAt = now
        if let text = execution.startTime {
            do {
                startedAt = try Timestamp(iso8601: text)
            } catch {
                startTimeProblem = "execution.startTime \(text) is not RFC 3339 (\(error)); using the stage's clock"
            }
        } else {
            startTimeProblem = "the input carries no execution.startTime; using the stage's clock"
        }
        self.startedAt = startedAt
        // The id's random part comes from the execution ARN (unique per execution), not from /dev/urandom:
        // a retry of this stage must find the record and spec its first attempt wrote (docs/experiment-spec.md).
        experimentID = ExperimentID.forExecution(
            named: execution.name, startedAt: startedAt, entropy: Crypto.sha256(Array(execution.arn.utf8)))
    }

    /// Why the start time came from the clock, if it did.
    private(set) var startTimeProblem: String?
}
