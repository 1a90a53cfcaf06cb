/// The report as Markdown: the same facts as the HTML page without the charts, for a pull request, a chat
/// message or a terminal. Order: title, simulation banner, nightly verdict, summary, one section per workload,
/// provenance.
public enum MarkdownReport {
    public static func render(_ report: ExperimentReport) -> String {
        var out = "# Benchmark report: \(MarkdownText.escape(report.provenance.title))\n\n"
        out += HTMLReport.subtitle(report) + "\n\n"
        if report.isSimulated {
            var text = "> **SIMULATED**: numbers in this report come from the emulated lab's simulation, not from a real Pulsar cluster"
            if report.simulatedWorkloads.count < report.workloads.count {
                text += " (simulated workloads: \(report.simulatedWorkloads.map(MarkdownText.escape).joined(separator: ", ")))"
            }
            if !report.simulationModels.isEmpty { text += "; model: \(report.simulationModels.map(MarkdownText.escape).joined(separator: ", "))" }
            out += text + ". Do not compare them with real runs.\n\n"
        }
        if let nightly = report.nightly { out += verdict(nightly) }
        out += "## Summary\n\n"
        out += table(
            header: ["Workload", "Target (msg/s)", "Publish (msg/s)", "Achieved", "Status", "Consume (msg/s)", "Publish p99 (ms)",
                     "End-to-end p99 (ms)", "Errors", "Final backlog"],
            rows: report.workloads.map { workload in
                let summary = workload.summary
                return [workload.name, SummaryText.target(summary), NumberText.rate(summary.publishRate), SummaryText.achieved(summary),
                        SummaryText.status(summary), NumberText.rate(summary.consumeRate), NumberText.milliseconds(summary.publishLatency.p99),
                        NumberText.milliseconds(summary.endToEndLatency.p99), SummaryText.errorRate(summary), SummaryText.backlog(summary)]
            },
            numericFrom: 1)
        out += "\n" + SummaryText.notes(report.workloads.map(\.summary)).map { $0 + "\n\n" }.joined()
        for workload in report.workloads { out += section(workload) }
        out += "## Provenance\n\n"
        let facts = report.provenance.facts(for: report.workloads)
        for fact in facts {
            guard let value = fact.value else { continue }
            out += "- **\(fact.label)**: \(MarkdownText.escape(value))\n"
        }
        out += "- **Simulated**: " + (report.isSimulated ? "yes" + (report.simulationModels.isEmpty ? "" : " (\(report.simulationModels.map(MarkdownText.escape).joined(separator: ", ")))") : "no") + "\n"
        let unknown = facts.filter { $0.value == nil }.map(\.label)
        if !unknown.isEmpty {
            out += "\nNot known: \(unknown.joined(separator: ", ")) (\(MarkdownText.escape(report.provenance.unknownReason))).\n"
        }
        return out
    }

    static func section(_ workload: ReportedWorkload) -> String {
        let summary = workload.summary
        var out = "## Workload: \(MarkdownText.escape(workload.name))\n\n"
        out += "- Achieved vs target: \(NumberText.rate(summary.publishRate)) of \(SummaryText.target(summary)) msg/s (\(SummaryText.achieved(summary))): **\(SummaryText.status(summary))**\n"
        out += "- Consume rate: \(NumberText.rate(summary.consumeRate)) msg/s\n"
        if let idle = workload.idleSampleNote { out += "- Idle samples: \(idle)\n" }
        out += "- Error rate: \(SummaryText.errorRate(summary))\n"
        out += "- Backlog: \(SummaryText.backlog(summary)) messages at the end (at most \(NumberText.grouped(Double(summary.maxBacklog), places: 0)))\n"
        out += "- Measured: \(SummaryText.measured(summary))\n"
        out += "- Result file: \(MarkdownText.escape(workload.source)) (\(workload.result.format.rawValue) OMB format)\n\n"
        let rows = SummaryText.latencyRows(summary).map { label, percentiles in
            [label + " (ms)"] + (percentiles.map(SummaryText.latencyCells) ?? [SummaryText.publishDelayMissing, "", "", "", ""])
        }
        out += table(header: ["Latency"] + SummaryText.latencyColumns, rows: rows, numericFrom: 1) + "\n"
        return out
    }

    static func verdict(_ nightly: NightlyComparison) -> String {
        var out = "## Nightly verdict: \(nightly.overall.label)\n\n"
        out += "Plan \(MarkdownText.escape(nightly.plan)), judged against "
        out += nightly.baselineRuns.isEmpty ? "no earlier successful run.\n\n" : "\(nightly.baselineRuns.count) earlier successful runs (\(nightly.baselineRuns.map(MarkdownText.escape).joined(separator: ", "))).\n\n"
        out += table(
            header: ["Workload", "Verdict", "Why"],
            rows: nightly.verdicts.map { [$0.workload, $0.verdict.label, VerdictText.summary($0, rule: nightly.rule)] }, numericFrom: 3)
        for verdict in nightly.verdicts {
            out += "\n### Every metric of \(MarkdownText.escape(verdict.workload))\n\n"
            out += table(header: ["Metric", "Better", "This run", "Baseline median", "Change", "Threshold", "Verdict"],
                         rows: verdict.metrics.map(MetricCells.cells), numericFrom: 2)
        }
        return out + "\nRule: \(nightly.rule.statement)\n\n"
    }

    /// A GitHub-flavoured table; columns from `numericFrom` on are right-aligned.
    static func table(header: [String], rows: [[String]], numericFrom: Int) -> String {
        var out = "| " + header.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { $0 >= numericFrom ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            out += "| " + row.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
        }
        return out
    }
}
