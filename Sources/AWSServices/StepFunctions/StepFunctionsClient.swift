import AWSCore

/// The Step Functions calls the lab makes (JSON 1.0, `AWSStepFunctions`): start an experiment, watch it,
/// list and read past executions, stop one.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/Welcome.html
public struct StepFunctionsClient: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    public func startExecution(_ request: StartExecutionRequest) throws -> SFNExecutionStart {
        try client.call(request)
    }

    public func describeExecution(_ request: DescribeExecutionRequest) throws -> SFNExecution {
        try client.call(request)
    }

    /// One page of `ListExecutions`, newest first.
    public func listExecutions(_ request: ListExecutionsRequest) throws -> AWSPage<SFNExecutionSummary> {
        try client.call(request)
    }

    /// Every execution matching `request`, following `nextToken`.
    public func listAllExecutions(_ request: ListExecutionsRequest) throws -> [SFNExecutionSummary] {
        try client.callAllPages(request)
    }

    /// One page of `GetExecutionHistory`.
    public func getExecutionHistory(_ request: GetExecutionHistoryRequest) throws -> AWSPage<SFNHistoryEvent> {
        try client.call(request)
    }

    /// The whole history, following `nextToken`.
    public func getFullExecutionHistory(_ request: GetExecutionHistoryRequest) throws -> [SFNHistoryEvent] {
        try client.callAllPages(request)
    }

    /// Stops a running execution; returns when it stopped.
    @discardableResult
    public func stopExecution(_ request: StopExecutionRequest) throws -> Timestamp {
        try client.call(request)
    }
}
