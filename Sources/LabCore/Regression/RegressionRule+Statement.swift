/// The rule in words, printed by every report and by `lab compare` under the verdicts it gave.
extension RegressionRule {
    public var statement: String {
        let k = NumberText.fixed(spreadMultiplier, places: spreadMultiplier.rounded() == spreadMultiplier ? 0 : 1)
        return "A metric regresses when it is worse than the median of the baseline runs (the last \(baselineWindow) successful runs of the plan, "
            + "or the files before the last one in lab compare) by more than max(\(k) × 1.4826 × MAD, a relative floor × median, an absolute floor); "
            + "it improves when it is better by as much; otherwise it is unchanged. Floors: throughput 5 %, latency p50 and p99 10 %, "
            + "p99.9 20 %, 0.05 ms, 1 msg/s, error rate 0.1 percentage point. Worse is lower for rates, higher for latencies and errors. "
            + "At least \(minimumBaselineRuns) baseline runs are needed, else the verdict is insufficient history. "
            + "A workload regressed when any metric did, else improved when any did."
    }
}
