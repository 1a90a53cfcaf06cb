/// The nightly verdict, first thing in a nightly report: one line per workload, then every metric.
extension HTMLReport {
    static func verdictSection(_ nightly: NightlyComparison) -> String {
        var out = "<section id=\"verdict\" data-verdict=\"\(nightly.overall.rawValue)\">\n"
        out += "<h2>Nightly verdict: \(HTMLText.escape(nightly.overall.label))</h2>\n"
        let runs = nightly.baselineRuns.isEmpty ? "no earlier successful run" : "\(nightly.baselineRuns.count) earlier successful runs (\(nightly.baselineRuns.joined(separator: ", ")))"
        out += "<p>Plan \(HTMLText.escape(nightly.plan)), judged against \(HTMLText.escape(runs)).</p>\n"
        out += "<table class=\"verdicts\">\n<thead>\n" + row(["Workload", "Verdict", "Why"], header: true) + "</thead>\n<tbody>\n"
        for verdict in nightly.verdicts {
            out += row([verdict.workload, verdict.verdict.label, VerdictText.summary(verdict, rule: nightly.rule)],
                       classes: [nil, "verdict-\(verdict.verdict.rawValue)"])
        }
        out += "</tbody>\n</table>\n"
        for verdict in nightly.verdicts {
            out += "<details class=\"metrics\">\n<summary>Every metric of \(HTMLText.escape(verdict.workload))</summary>\n<table>\n<thead>\n"
            out += row(["Metric", "Better", "This run", "Baseline median", "Change", "Threshold", "Verdict"], header: true)
            out += "</thead>\n<tbody>\n"
            for metric in verdict.metrics {
                out += row(MetricCells.cells(metric), classes: [nil, nil, nil, nil, nil, nil, "verdict-\(metric.verdict.rawValue)"])
            }
            out += "</tbody>\n</table>\n</details>\n"
        }
        out += "<p class=\"note\">Rule: \(HTMLText.escape(nightly.rule.statement))</p>\n</section>\n"
        return out
    }
}
