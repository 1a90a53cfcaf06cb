/// One metric of one workload judged against its baseline, with every figure the judgement used, so a report
/// can show why.
public struct MetricVerdict: Sendable, Hashable {
    public var metric: RegressionMetric
    public var verdict: Verdict
    /// The run judged; nil when it does not have the metric.
    public var current: Double?
    /// The metric in each baseline run that has it, oldest first.
    public var baseline: [Double]
    /// Median of `baseline`; nil with no baseline.
    public var baselineMedian: Double?
    /// 1.4826 × MAD of `baseline`: a spread comparable to a standard deviation.
    public var baselineSpread: Double?
    /// How far `current` may move from the median, either way, and still be unchanged (in the metric's unit).
    public var threshold: Double?

    public init(
        metric: RegressionMetric, verdict: Verdict, current: Double?, baseline: [Double], baselineMedian: Double?,
        baselineSpread: Double?, threshold: Double?
    ) {
        self.metric = metric
        self.verdict = verdict
        self.current = current
        self.baseline = baseline
        self.baselineMedian = baselineMedian
        self.baselineSpread = baselineSpread
        self.threshold = threshold
    }

    /// `current − median`, signed in the metric's unit.
    public var delta: Double? {
        guard let current, let baselineMedian else { return nil }
        return current - baselineMedian
    }

    /// `delta / median`; nil when the median is 0.
    public var relativeDelta: Double? {
        guard let delta, let baselineMedian, baselineMedian != 0 else { return nil }
        return delta / abs(baselineMedian)
    }
}
