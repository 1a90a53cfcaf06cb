import AWSCore

/// An execution as `ListExecutions` lists it.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_ExecutionListItem.html
public struct SFNExecutionSummary: Sendable, Hashable {
    public var executionARN: String
    public var stateMachineARN: String
    public var name: String
    public var status: String
    public var startDate: Timestamp
    public var stopDate: Timestamp?

    public init(executionARN: String, stateMachineARN: String, name: String, status: String, startDate: Timestamp, stopDate: Timestamp? = nil) {
        self.executionARN = executionARN
        self.stateMachineARN = stateMachineARN
        self.name = name
        self.status = status
        self.startDate = startDate
        self.stopDate = stopDate
    }
}
