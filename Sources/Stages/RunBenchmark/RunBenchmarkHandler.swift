import JSONCoding
import LambdaRuntime

/// The run-benchmark function: environment and clients once at init, one `RunBenchmarkStage` call per
/// invocation, in the mode the state machine asks for.
public struct RunBenchmarkHandler: LambdaHandler {
    public let stage: RunBenchmarkStage

    /// From the process environment; a missing variable or AWS configuration is an init error.
    public init() throws(StageError) {
        stage = RunBenchmarkStage(
            environment: try StageEnvironment.fromProcess(stage: .runBenchmark), clients: try StageClients.fromProcess(stage: .runBenchmark))
    }

    public init(stage: RunBenchmarkStage) {
        self.stage = stage
    }

    /// `BenchmarkRun` for `start`, `BenchmarkDone` for `check`.
    public func handle(_ event: RunBenchmarkInput, context: LambdaContext) throws -> JSONValue {
        switch event.mode {
        case .start:
            return try JSON.encodeToValue(try stage.start(event, logger: context.logger))
        case .check:
            return try JSON.encodeToValue(try stage.check(event, logger: context.logger))
        }
    }
}
