/// The noise-aware rule that judges a run against the recent successful runs of the same plan (the nightly
/// verdict and `lab compare` use this one rule; docs/reports.md states it):
///
/// 1. A metric needs at least `minimumBaselineRuns` baseline values, else its verdict is insufficient history.
/// 2. Baseline centre: the median m. Spread: s = 1.4826 × MAD (median absolute deviation), which estimates a
///    standard deviation but ignores a single odd night.
/// 3. Threshold: t = max(k × s, minimumRelativeChange × |m|, minimumAbsoluteChange), k = `spreadMultiplier`.
///    The relative and absolute floors keep a very steady baseline (s ≈ 0) from flagging trivial changes.
/// 4. w = how much worse the run is than m, in the metric's worse direction (higher latency, lower
///    throughput). w > t: regressed; w < −t: improved; otherwise unchanged.
public struct RegressionRule: Sendable, Hashable {
    /// k: how many spreads a change must exceed.
    public var spreadMultiplier: Double
    public var minimumBaselineRuns: Int
    /// How many of the most recent successful runs a nightly verdict compares with.
    public var baselineWindow: Int

    public init(spreadMultiplier: Double = 3, minimumBaselineRuns: Int = 3, baselineWindow: Int = 7) {
        self.spreadMultiplier = spreadMultiplier
        self.minimumBaselineRuns = minimumBaselineRuns
        self.baselineWindow = baselineWindow
    }

    /// k = 3, at least 3 baseline runs, the last 7 successful runs.
    public static let standard = RegressionRule()

    /// Judges one metric.
    ///
    /// - Parameters:
    ///   - current: the run's value; nil when the run does not have the metric.
    ///   - baseline: the metric in each baseline run that has it.
    public func judge(_ metric: RegressionMetric, current: Double?, baseline: [Double]) -> MetricVerdict {
        let values = baseline.filter(\.isFinite)
        let median = RobustStatistics.median(values)
        let spread = RobustStatistics.medianAbsoluteDeviation(values).map { $0 * RobustStatistics.normalConsistency }
        guard let current, current.isFinite, let median, let spread, values.count >= minimumBaselineRuns else {
            return MetricVerdict(
                metric: metric, verdict: .insufficientHistory, current: current, baseline: values,
                baselineMedian: median, baselineSpread: spread, threshold: nil)
        }
        let threshold = max(
            spreadMultiplier * spread, metric.minimumRelativeChange * abs(median), metric.minimumAbsoluteChange)
        let worsening = metric.direction.worsening(from: median, to: current)
        let verdict: Verdict = worsening > threshold ? .regressed : worsening < -threshold ? .improved : .unchanged
        return MetricVerdict(
            metric: metric, verdict: verdict, current: current, baseline: values, baselineMedian: median,
            baselineSpread: spread, threshold: threshold)
    }

    /// Judges one workload: each metric of `current` against the same metric in `baseline` (the same workload
    /// in earlier runs, oldest first).
    public func judge(_ current: WorkloadSummary, against baseline: [WorkloadSummary]) -> WorkloadVerdict {
        let metrics = RegressionMetric.allCases.map { metric in
            judge(metric, current: metric.value(in: current), baseline: baseline.compactMap { metric.value(in: $0) })
        }
        let verdicts = Set(metrics.map(\.verdict))
        let verdict: Verdict
        if verdicts.contains(.regressed) {
            verdict = .regressed
        } else if verdicts.contains(.improved) {
            verdict = .improved
        } else if verdicts.contains(.unchanged) {
            verdict = .unchanged
        } else {
            verdict = .insufficientHistory
        }
        return WorkloadVerdict(workload: current.workload, verdict: verdict, metrics: metrics, baselineRuns: baseline.count)
    }

    /// Judges every workload of a run against the same-named workloads of earlier runs of the plan.
    ///
    /// - Parameter baselineRuns: earlier successful runs, oldest first, each a list of workload summaries;
    ///   only the last `baselineWindow` are used.
    public func judge(run: [WorkloadSummary], against baselineRuns: [[WorkloadSummary]]) -> [WorkloadVerdict] {
        let window = baselineRuns.suffix(baselineWindow)
        return run.map { workload in
            judge(workload, against: window.compactMap { run in run.first { $0.workload == workload.workload } })
        }
    }
}
