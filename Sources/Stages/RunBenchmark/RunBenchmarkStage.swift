import AWSCore
import JSONCoding
import LabCore
import LambdaRuntime

/// run-benchmark: `start` renders the workload's OMB workload and driver files to S3 and starts the node's
/// benchmark runner on the client with one SSM command; `check` looks at that command once.
/// Errors: `BenchmarkRunning` while it runs (the state machine retries), `BenchmarkFailed` (docs/stages.md).
///
/// Safe to run twice: `start` keeps the run it started in the experiment's record
/// (`workloadRuns.<index>-<name>.run`) and returns it instead of starting the workload again; `check` only reads
/// the command and records how it ended.
public struct RunBenchmarkStage: Sendable {
    public var environment: StageEnvironment
    public var clients: StageClients
    public var clock: @Sendable () -> Timestamp

    /// Seconds added to the workload's own duration for what OMB does before its first period: start the JVM,
    /// create the topics, producers and consumers. After that, the state machine's check retries poll.
    public static let startupAllowanceSeconds = 30
    /// SSM's code for an invocation it does not know (yet: it is eventually consistent right after SendCommand).
    static let invocationDoesNotExist = "InvocationDoesNotExist"
    /// How much of the command's standard error a `BenchmarkFailed` message quotes.
    static let quotedErrorCharacters = 600

    public init(environment: StageEnvironment, clients: StageClients, clock: @escaping @Sendable () -> Timestamp = { .now() }) {
        self.environment = environment
        self.clients = clients
        self.clock = clock
    }

    var bucket: ResultsBucket { ResultsBucket(s3: clients.s3, name: environment.resultsBucket) }
    var record: ExperimentRecord { ExperimentRecord(dynamoDB: clients.dynamoDB, table: environment.experimentsTable) }

    /// The run's context: the stage, the experiment and the workload on every log line.
    func stageRun(_ input: RunBenchmarkInput, logger: LambdaLogger) -> StageRun {
        let run = StageRun(stage: .runBenchmark, experimentID: input.experiment.experimentId, logger: logger, clock: clock)
        var tagged = run
        tagged.logger = run.logger.with([
            "mode": .string(input.mode.rawValue), "workload": .string(input.workload.name), "workloadIndex": .number(JSONNumber(input.workload.index)),
        ])
        return tagged
    }

    /// The workload's run (warm-up, test and backlog phases as `Workload.estimatedMinutes` counts them, less its
    /// setup margin) plus `startupAllowanceSeconds`: the Wait before the first check.
    public static func expectedSeconds(_ workload: Workload) -> Int {
        (workload.estimatedMinutes - Workload.setupMarginMinutes) * 60 + startupAllowanceSeconds
    }
}
