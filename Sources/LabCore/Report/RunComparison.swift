/// Runs of one workload side by side, the last judged against the ones before it with the regression rule:
/// what `lab compare FILE FILE…` prints (and, once experiments are addressable by id, `lab compare ID ID…`).
public struct RunComparison: Sendable, Hashable {
    /// One label per run (a file name), oldest first; the last is the run judged.
    public var labels: [String]
    public var runs: [WorkloadSummary]
    public var rule: RegressionRule
    /// The last run against all the others.
    public var verdict: WorkloadVerdict

    /// - Precondition: at least two runs, one label each.
    public init(labels: [String], runs: [WorkloadSummary], rule: RegressionRule = .standard) {
        precondition(runs.count >= 2 && labels.count == runs.count, "a comparison needs two or more runs, one label each")
        self.labels = labels
        self.runs = runs
        self.rule = rule
        // Every earlier run is baseline here (the window applies to nightly history, not to files named by hand).
        verdict = rule.judge(runs[runs.count - 1], against: Array(runs.dropLast()))
    }

    /// The workload names when the runs disagree (then the comparison may be of unlike things).
    public var differingWorkloadNames: [String]? {
        var names: [String] = []
        for run in runs where !names.contains(run.workload) { names.append(run.workload) }
        return names.count > 1 ? names : nil
    }
}
