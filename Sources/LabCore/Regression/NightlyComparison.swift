/// A nightly run judged against the plan's recent successful runs: what the nightly report leads with.
public struct NightlyComparison: Sendable, Hashable {
    public var plan: String
    /// The baseline runs' experiment ids, oldest first.
    public var baselineRuns: [String]
    public var rule: RegressionRule
    /// One per workload of the run, in run order.
    public var verdicts: [WorkloadVerdict]

    public init(plan: String, baselineRuns: [String], rule: RegressionRule, verdicts: [WorkloadVerdict]) {
        self.plan = plan
        self.baselineRuns = baselineRuns
        self.rule = rule
        self.verdicts = verdicts
    }

    /// Judges `run` against `baselineRuns` (each: experiment id and its workload summaries, oldest first)
    /// with `rule`.
    public init(plan: String, run: [WorkloadSummary], baselineRuns: [(id: String, workloads: [WorkloadSummary])], rule: RegressionRule = .standard) {
        let window = Array(baselineRuns.suffix(rule.baselineWindow))
        self.init(
            plan: plan, baselineRuns: window.map(\.id), rule: rule,
            verdicts: rule.judge(run: run, against: window.map(\.workloads)))
    }

    /// The worst verdict of any workload: regressed, else improved, else unchanged, else insufficient history.
    public var overall: Verdict {
        let all = Set(verdicts.map(\.verdict))
        for verdict in [Verdict.regressed, .improved, .unchanged] where all.contains(verdict) { return verdict }
        return .insufficientHistory
    }
}
