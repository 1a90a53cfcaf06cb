import LambdaRuntime

/// The poll-readiness function: environment and clients once at init, one `PollReadinessStage` pass per invocation.
public struct PollReadinessHandler: LambdaHandler {
    public let stage: PollReadinessStage

    /// From the process environment; a missing variable or AWS configuration is an init error.
    public init() throws(StageError) {
        stage = PollReadinessStage(
            environment: try StageEnvironment.fromProcess(stage: .pollReadiness),
            clients: try StageClients.fromProcess(stage: .pollReadiness))
    }

    public init(stage: PollReadinessStage) {
        self.stage = stage
    }

    public func handle(_ event: PollReadinessInput, context: LambdaContext) throws(StageError) -> Readiness {
        try stage.run(event, logger: context.logger)
    }
}
