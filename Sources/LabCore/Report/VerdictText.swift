/// Verdicts in words, shared by the HTML and Markdown reports and `lab compare`.
enum VerdictText {
    /// `publish latency p99 +20.2 % (12.200 ms against a median of 10.150 ms; threshold ±1.015 ms)`.
    static func reason(_ metric: MetricVerdict) -> String {
        guard let current = metric.current, let median = metric.baselineMedian else {
            return "\(metric.metric.label): \(metric.verdict.label)"
        }
        let change = metric.relativeDelta.map { NumberText.signedPercent($0) } ?? value(metric.delta ?? 0, metric.metric, signed: true)
        var text = "\(metric.metric.label) \(change) (\(value(current, metric.metric)) against a median of \(value(median, metric.metric))"
        if let threshold = metric.threshold { text += "; threshold ±\(self.threshold(threshold, metric.metric))" }
        return text + ")"
    }

    /// The one-line reason for a workload's verdict: its notable metrics, or why there is no judgement.
    static func summary(_ verdict: WorkloadVerdict, rule: RegressionRule) -> String {
        switch verdict.verdict {
        case .insufficientHistory:
            let runs = verdict.baselineRuns == 1 ? "1 baseline run" : "\(verdict.baselineRuns) baseline runs"
            return "\(runs) with this workload; the rule needs \(rule.minimumBaselineRuns)"
        case .unchanged:
            return "every metric within its threshold"
        case .regressed, .improved:
            return verdict.notableMetrics.map(reason).joined(separator: "; ")
        }
    }

    /// A metric's value in its unit, with the precision it deserves.
    static func value(_ number: Double, _ metric: RegressionMetric, signed: Bool = false) -> String {
        switch metric.unit {
        case "ms":
            let text = NumberText.milliseconds(number) + " ms"
            return signed && number > 0 ? "+" + text : text
        case "msg/s":
            return (signed ? NumberText.signed(number, places: 1, grouped: true) : NumberText.rate(number)) + " msg/s"
        default:
            return signed ? NumberText.signed(number * 100, places: 3) + " pp" : NumberText.percent(number, places: 3)
        }
    }

    /// A threshold in the unit the change is shown in: percentage points for the error rate.
    static func threshold(_ number: Double, _ metric: RegressionMetric) -> String {
        metric.unit == "fraction" ? NumberText.fixed(number * 100, places: 3) + " pp" : value(number, metric)
    }

    /// `lower` or `higher`: which way the metric is better.
    static func better(_ metric: RegressionMetric) -> String {
        metric.direction == .lowerIsBetter ? "lower" : "higher"
    }
}
