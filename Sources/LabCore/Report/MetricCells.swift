/// One judged metric as table cells (metric, better, this run, baseline median, change, threshold, verdict),
/// shared by the HTML and Markdown tables.
enum MetricCells {
    static func cells(_ metric: MetricVerdict) -> [String] {
        let kind = metric.metric
        let change: String
        if let relative = metric.relativeDelta {
            change = NumberText.signedPercent(relative)
        } else if let delta = metric.delta {
            change = VerdictText.value(delta, kind, signed: true)
        } else {
            change = "—"
        }
        return [
            kind.label, VerdictText.better(kind), metric.current.map { VerdictText.value($0, kind) } ?? "not recorded",
            metric.baselineMedian.map { VerdictText.value($0, kind) } ?? "—", change,
            metric.threshold.map { "±" + VerdictText.threshold($0, kind) } ?? "—", metric.verdict.label,
        ]
    }
}
