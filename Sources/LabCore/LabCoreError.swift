/// The one error type of LabCore: an experiment spec that does not hold, an input a stage passed in that
/// LabCore cannot use (an experiment id, a broker address), or an OMB result file that cannot be read.
///
/// `code` is what callers switch on (and what a stage maps onto a Step Functions error name such as
/// `InvalidExperimentSpec` or `ResultsInvalid`); `message` says what failed, with which input, and what to do;
/// `problems` lists every problem of a spec at once, each with its JSON path.
public struct LabCoreError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The experiment spec breaks one or more rules; `problems` lists them all.
        case invalidSpec
        /// A value handed to LabCore by a stage (not by the user) is unusable: an experiment id, an execution
        /// ARN, a broker address. A programming or wiring error, not the user's.
        case invalidInput
        /// An OMB result document is not JSON or lacks a field the summary needs.
        case invalidResult
    }

    public var code: Code
    /// One line for logs and for the Step Functions `Cause`.
    public var message: String
    /// For `.invalidSpec`: every problem found, in document order.
    public var problems: [SpecProblem]
    /// What caused this error, if another error did (a JSON parse error, for instance).
    public var underlying: (any Error & Sendable)?

    public init(code: Code, message: String, problems: [SpecProblem] = [], underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.problems = problems
        self.underlying = underlying
    }

    /// The message, then one problem per line.
    public var description: String {
        guard !problems.isEmpty else { return message }
        return ([message] + problems.map { "- " + $0.description }).joined(separator: "\n")
    }
}
