import LambdaRuntime

/// The teardown function: environment and clients once at init, one `TeardownStage` run per invocation.
public struct TeardownHandler: LambdaHandler {
    public let stage: TeardownStage

    /// From the process environment; a missing variable or AWS configuration is an init error.
    public init() throws(StageError) {
        stage = TeardownStage(
            environment: try StageEnvironment.fromProcess(stage: .teardown), clients: try StageClients.fromProcess(stage: .teardown),
            tagging: try TeardownStage.taggingClient())
    }

    public init(stage: TeardownStage) {
        self.stage = stage
    }

    public func handle(_ event: TeardownInput, context: LambdaContext) throws(StageError) -> TeardownResult {
        try stage.run(event, logger: context.logger)
    }
}
