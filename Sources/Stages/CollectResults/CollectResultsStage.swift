import AWSCore
import LabCore
import LambdaRuntime

/// collect-results: `workload` reads one workload's OMB result from S3, writes its summary and returns the
/// headline; `report` renders the experiment's report (HTML, Markdown, CSV), judged against the plan's
/// recent successful runs when it belongs to a plan. Errors: `ResultsMissing`, `ResultsInvalid`
/// (docs/stages.md).
///
/// Safe to run twice: both modes derive everything from the objects in S3 and write the same objects and
/// record attributes again (the report's render time and link are the only things that change).
public struct CollectResultsStage: Sendable {
    public var environment: StageEnvironment
    public var clients: StageClients
    public var clock: @Sendable () -> Timestamp
    /// The experiments table's index of records by plan, newest first (docs/stages.md, "The experiment record").
    public var planIndexName: String
    public static let defaultPlanIndexName = "plan-finishedAt"

    public init(
        environment: StageEnvironment, clients: StageClients, clock: @escaping @Sendable () -> Timestamp = { .now() },
        planIndexName: String = CollectResultsStage.defaultPlanIndexName
    ) {
        self.environment = environment
        self.clients = clients
        self.clock = clock
        self.planIndexName = planIndexName
    }

    var bucket: ResultsBucket { ResultsBucket(s3: clients.s3, name: environment.resultsBucket) }
    var record: ExperimentRecord { ExperimentRecord(dynamoDB: clients.dynamoDB, table: environment.experimentsTable) }

    /// The workload of the spec at `ref.index`, checked against the name the state machine passed.
    func workload(_ ref: WorkloadRef, in spec: ExperimentSpec, experiment: Experiment, run: StageRun) throws(StageError) -> Workload {
        guard spec.workloads.indices.contains(ref.index), spec.workloads[ref.index].name == ref.name else {
            throw run.error(
                .configurationError,
                "workload \(ref.index) (\(ref.name)) is not in the spec at \(bucket.uri(experiment.specKey)), which lists \(spec.workloads.map(\.name)); pass validate-ami's workloads unchanged")
        }
        return spec.workloads[ref.index]
    }

    /// Reads and parses one workload's OMB result.
    ///
    /// - Throws: `ResultsMissing` (saying where it looked and where the benchmark log is, and whether the log
    ///   exists), `ResultsInvalid` (naming what is wrong with the file).
    func reportedWorkload(files: WorkloadFiles, resultKey: String, logKey: String, targetRate: Int, run: StageRun) throws(StageError) -> ReportedWorkload {
        let bucket = self.bucket
        let bytes = try run.aws("reading the OMB result \(bucket.uri(resultKey))", failure: .resultsMissing) { try bucket.bytesIfPresent(resultKey) }
        guard let bytes else {
            let logExists = try run.aws("looking for the benchmark log \(bucket.uri(logKey))", failure: .resultsMissing) { try bucket.exists(logKey) }
            let log = logExists
                ? "the benchmark log is at \(bucket.uri(logKey)): it says why OMB wrote no result"
                : "there is no benchmark log at \(bucket.uri(logKey)) either, so the runner did not get to upload anything; SSM keeps the command's whole output under \(bucket.uri(files.commandOutputPrefix))/"
            throw run.error(
                .resultsMissing,
                "workload \(files.index): no OMB result at \(bucket.uri(resultKey)); \(log). Fix the cause, then start the experiment again")
        }
        do {
            return try ReportedWorkload.parse(bytes, source: bucket.uri(resultKey), targetRate: targetRate)
        } catch {
            throw run.error(
                .resultsInvalid,
                "workload \(files.index): \(error.message) (benchmark log: \(bucket.uri(logKey))). A damaged file is not repaired here: start the experiment again",
                underlying: error)
        }
    }
}
