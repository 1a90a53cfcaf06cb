/// collect-results' input: `workload` reads one workload's result (after its benchmark ran); `report` renders
/// the experiment's report from the headlines of every workload (the Map's output).
public struct CollectResultsInput: Codable, Sendable {
    public enum Mode: String, Codable, Sendable {
        case workload
        case report
    }

    public var mode: Mode
    public var experiment: Experiment
    /// `workload` mode: the workload and run-benchmark's start output.
    public var workload: WorkloadRef?
    public var run: BenchmarkRun?
    /// `report` mode: one headline per workload, in run order.
    public var workloads: [WorkloadHeadline]?

    public init(mode: Mode, experiment: Experiment, workload: WorkloadRef? = nil, run: BenchmarkRun? = nil, workloads: [WorkloadHeadline]? = nil) {
        self.mode = mode
        self.experiment = experiment
        self.workload = workload
        self.run = run
        self.workloads = workloads
    }
}
