/// run-benchmark's input: `start` renders and starts one workload; `check` looks at the command `run` started.
public struct RunBenchmarkInput: Codable, Sendable {
    public enum Mode: String, Codable, Sendable {
        case start
        case check
    }

    public var mode: Mode
    public var experiment: Experiment
    public var cluster: StageResult<Cluster>
    public var workload: WorkloadRef
    /// start's output; required in `check` mode.
    public var run: BenchmarkRun?

    public init(mode: Mode, experiment: Experiment, cluster: StageResult<Cluster>, workload: WorkloadRef, run: BenchmarkRun? = nil) {
        self.mode = mode
        self.experiment = experiment
        self.cluster = cluster
        self.workload = workload
        self.run = run
    }
}
