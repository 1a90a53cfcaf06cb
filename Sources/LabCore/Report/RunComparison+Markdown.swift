/// The comparison as a Markdown table (readable in a terminal, pasteable into a pull request): one row per
/// metric, one column per run, then the change of the last run against the median of the others, the
/// threshold and the verdict; the rule underneath.
extension RunComparison {
    public func markdown() -> String {
        let baselineCount = runs.count - 1
        var out = "# Comparison: \(MarkdownText.escape(labels[labels.count - 1])) against \(baselineCount == 1 ? "1 earlier run" : "\(baselineCount) earlier runs")\n\n"
        if let names = differingWorkloadNames {
            out += "Note: the files hold different workloads (\(names.map(MarkdownText.escape).joined(separator: ", "))); they are compared as runs of one workload.\n\n"
        }
        out += "**Verdict: \(verdict.verdict.label)**: \(VerdictText.summary(verdict, rule: rule))\n\n"
        var header = ["Metric", "Better"]
        for (index, label) in labels.enumerated() { header.append("\(index == labels.count - 1 ? "judged" : "run \(index + 1)"): \(label)") }
        header += ["Baseline median", "Change", "Threshold", "Verdict"]
        let rows = verdict.metrics.map { metric -> [String] in
            let kind = metric.metric
            let values = runs.map { kind.value(in: $0).map { VerdictText.value($0, kind) } ?? "not recorded" }
            let cells = MetricCells.cells(metric)
            return [cells[0], cells[1]] + values + Array(cells[3...])
        }
        out += MarkdownReport.table(header: header, rows: rows, numericFrom: 2)
        out += "\nChange: the judged run against the median of the earlier runs (absolute when the median is 0).\n"
        out += "\nRule: \(rule.statement)\n"
        return out
    }
}
