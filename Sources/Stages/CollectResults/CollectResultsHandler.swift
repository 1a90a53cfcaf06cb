import JSONCoding
import LambdaRuntime

/// The collect-results function: environment and clients once at init, one `CollectResultsStage` call per
/// invocation, in the mode the state machine asks for.
public struct CollectResultsHandler: LambdaHandler {
    public let stage: CollectResultsStage

    /// From the process environment; a missing variable or AWS configuration is an init error.
    public init() throws(StageError) {
        stage = CollectResultsStage(
            environment: try StageEnvironment.fromProcess(stage: .collectResults),
            clients: try StageClients.fromProcess(stage: .collectResults))
    }

    public init(stage: CollectResultsStage) {
        self.stage = stage
    }

    /// `WorkloadHeadline` for `workload`, `ReportLocation` for `report`.
    public func handle(_ event: CollectResultsInput, context: LambdaContext) throws -> JSONValue {
        switch event.mode {
        case .workload:
            return try JSON.encodeToValue(try stage.collect(event, logger: context.logger))
        case .report:
            return try JSON.encodeToValue(try stage.report(event, logger: context.logger))
        }
    }
}
