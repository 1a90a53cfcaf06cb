import LambdaRuntime

/// The validate-ami function: environment and clients once at init, one `ValidateAMIStage` run per invocation.
public struct ValidateAMIHandler: LambdaHandler {
    public let stage: ValidateAMIStage

    /// From the process environment; a missing variable or AWS configuration is an init error.
    public init() throws(StageError) {
        stage = ValidateAMIStage(
            environment: try StageEnvironment.fromProcess(stage: .validateAMI), clients: try StageClients.fromProcess(stage: .validateAMI))
    }

    public init(stage: ValidateAMIStage) {
        self.stage = stage
    }

    public func handle(_ event: ValidateInput, context: LambdaContext) throws(StageError) -> Experiment {
        try stage.run(event, logger: context.logger)
    }
}
