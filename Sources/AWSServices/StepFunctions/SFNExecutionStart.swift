import AWSCore

/// What `StartExecution` answers.
public struct SFNExecutionStart: Sendable, Hashable {
    public var executionARN: String
    public var startDate: Timestamp

    public init(executionARN: String, startDate: Timestamp) {
        self.executionARN = executionARN
        self.startDate = startDate
    }
}
