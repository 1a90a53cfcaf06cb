/// The verdict on one workload of a run: regressed when any metric regressed, else improved when any
/// improved, else unchanged; insufficient history when no metric could be judged.
public struct WorkloadVerdict: Sendable, Hashable {
    public var workload: String
    public var verdict: Verdict
    /// One entry per metric of `RegressionMetric.allCases`, in that order.
    public var metrics: [MetricVerdict]
    /// How many baseline runs had this workload.
    public var baselineRuns: Int

    public init(workload: String, verdict: Verdict, metrics: [MetricVerdict], baselineRuns: Int) {
        self.workload = workload
        self.verdict = verdict
        self.metrics = metrics
        self.baselineRuns = baselineRuns
    }

    /// The metrics that regressed, then those that improved: what a one-line verdict names.
    public var notableMetrics: [MetricVerdict] {
        metrics.filter { $0.verdict == .regressed } + metrics.filter { $0.verdict == .improved }
    }
}
