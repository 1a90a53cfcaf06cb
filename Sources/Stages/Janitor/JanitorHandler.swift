import AWSCore
import AWSServices
import JSONCoding
import LambdaRuntime

/// The `janitor` function: the backstop that keeps a forgotten experiment from billing for days. Step Functions
/// cannot run teardown when an execution is stopped, times out or hits `States.Runtime`, and EventBridge
/// delivers status events only best-effort; so the janitor cleans on the status-change event at once, sweeps on a
/// schedule, and cleans experiments an operator names (dry run unless told otherwise). Inputs: `JanitorRequest`;
/// rules: `SweepPolicy`; deletion: `ExperimentCleaner`, shared with teardown. Wiring: docs/janitor.md.
///
/// Every invocation returns a summary (also written to `janitor/<timestamp>-<request>.json` in the results
/// bucket), logs one JSON line per resource, and marks each cleaned experiment's record (`janitor` attribute:
/// by, trigger, reason, at, counts). It never throws for a resource it could not delete (that is in the summary,
/// and the next sweep tries again); it throws only for an input it does not recognise.
public struct JanitorHandler: LambdaHandler {
    public typealias Event = JSONValue
    public typealias Output = JSONValue

    public let environment: StageEnvironment
    public let ec2: EC2Client
    public let stepFunctions: StepFunctionsClient
    public let dynamoDB: DynamoDBClient
    public let s3: S3Client
    public var settings: JanitorSettings
    public var clock: @Sendable () -> Timestamp

    public init(
        environment: StageEnvironment, client: AWSClient, settings: JanitorSettings = JanitorSettings(),
        clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }
    ) {
        self.environment = environment
        self.ec2 = EC2Client(client: client)
        self.stepFunctions = StepFunctionsClient(client: client)
        self.dynamoDB = DynamoDBClient(client: client)
        self.s3 = S3Client(client: client)
        self.settings = settings
        self.clock = clock
    }

    /// The handler for the process environment (the results bucket and the experiments table are required);
    /// a problem is an init error, reported before any invocation.
    public static func fromProcess() throws(StageError) -> JanitorHandler {
        let environment = try StageEnvironment.fromProcess(stage: .janitor)
        do {
            return JanitorHandler(environment: environment, client: try AWSClient.fromEnvironment())
        } catch {
            throw StageError(
                .configurationError, stage: .janitor, experimentID: nil,
                "cannot configure the AWS clients: \(error); Lambda sets AWS_REGION and the credentials itself — for a local run set AWS_REGION (and AWS_ENDPOINT_URL for the emulator)",
                underlying: error)
        }
    }

    public mutating func handle(_ event: JSONValue, context: LambdaContext) throws -> JSONValue {
        let request = try JanitorRequest(event: event)
        var run = JanitorRun(
            handler: self, request: request, startedAt: clock(),
            logger: context.logger.with(["stage": "janitor", "trigger": .string(request.trigger)]),
            remainingTimeMs: { context.remainingTimeMs }, requestID: context.requestID)
        return .object(run.perform())
    }
}
