import LambdaRuntime

/// The apply-infra function: environment and clients once at init, one `ApplyInfraStage` run per invocation.
public struct ApplyInfraHandler: LambdaHandler {
    public let stage: ApplyInfraStage

    /// From the process environment; a missing variable or AWS configuration is an init error.
    public init() throws(StageError) {
        stage = ApplyInfraStage(
            environment: try StageEnvironment.fromProcess(stage: .applyInfra), clients: try StageClients.fromProcess(stage: .applyInfra))
    }

    public init(stage: ApplyInfraStage) {
        self.stage = stage
    }

    public func handle(_ event: ApplyInfraInput, context: LambdaContext) throws(StageError) -> Cluster {
        try stage.run(event, logger: context.logger)
    }
}
