/// What the experiment's record keeps per workload, under `workloadRuns.<index>-<name>` (the workload's
/// folder, `WorkloadFiles.folder`): a map, so each stage sets its own entries and a repeat sets the same
/// values. (validate-ami's `workloads` is the list of planned workloads; this is what happened to them.)
public enum WorkloadRecord {
    /// The top-level map attribute.
    public static let attribute = "workloadRuns"
    /// Number, and the workload's name in the spec (run-benchmark).
    public static let index = "index"
    public static let name = "name"
    /// `BenchmarkRun`: the SSM command started for the workload, which makes run-benchmark's start idempotent.
    public static let run = "run"
    /// `{status, exitCode, elapsedSeconds}`: how the command ended, as run-benchmark's check saw it.
    public static let benchmark = "benchmark"
    /// The summary as in `summary.json` (collect-results), its key, and the OMB result's key (which later runs
    /// of the plan read to compare with).
    public static let summary = "summary"
    public static let summaryKey = "summaryKey"
    public static let resultKey = "resultKey"
}
