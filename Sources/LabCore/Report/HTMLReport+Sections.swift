/// The sections of the HTML report: summary, one per workload, provenance.
extension HTMLReport {
    static func summarySection(_ report: ExperimentReport) -> String {
        var out = "<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<thead>\n"
        out += row(["Workload", "Target (msg/s)", "Publish (msg/s)", "Achieved", "Status", "Consume (msg/s)",
                    "Publish p99 (ms)", "End-to-end p99 (ms)", "Errors", "Final backlog"], header: true)
        out += "</thead>\n<tbody>\n"
        for workload in report.workloads {
            let summary = workload.summary
            out += row([
                workload.name, SummaryText.target(summary), NumberText.rate(summary.publishRate), SummaryText.achieved(summary),
                SummaryText.status(summary), NumberText.rate(summary.consumeRate), NumberText.milliseconds(summary.publishLatency.p99),
                NumberText.milliseconds(summary.endToEndLatency.p99), SummaryText.errorRate(summary), SummaryText.backlog(summary),
            ], classes: [nil, nil, nil, nil, summary.isSaturated == true ? "saturated" : nil])
        }
        out += "</tbody>\n</table>\n"
        for note in SummaryText.notes(report.workloads.map(\.summary)) { out += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        out += "</section>\n"
        return out
    }

    static func workloadSection(_ workload: ReportedWorkload, id: String, isSimulated: Bool) -> String {
        let summary = workload.summary
        var out = "<section class=\"workload\" id=\"\(id)\" data-workload=\"\(HTMLText.escape(workload.name))\">\n"
        out += "<h2>Workload: \(HTMLText.escape(workload.name))\(isSimulated ? " (SIMULATED)" : "")</h2>\n"
        out += "<table class=\"facts\">\n<tbody>\n"
        out += row(["Achieved vs target", "\(NumberText.rate(summary.publishRate)) of \(SummaryText.target(summary)) msg/s (\(SummaryText.achieved(summary))): \(SummaryText.status(summary))"],
                   classes: [nil, summary.isSaturated == true ? "saturated" : nil])
        out += row(["Consume rate", "\(NumberText.rate(summary.consumeRate)) msg/s"])
        if let idle = workload.idleSampleNote { out += row(["Idle samples", idle]) }
        out += row(["Error rate", SummaryText.errorRate(summary)])
        out += row(["Backlog", "\(SummaryText.backlog(summary)) messages at the end (at most \(NumberText.grouped(Double(summary.maxBacklog), places: 0)))"])
        out += row(["Measured", SummaryText.measured(summary)])
        out += row(["Result file", workload.source + " (\(workload.result.format.rawValue) OMB format)"])
        out += "</tbody>\n</table>\n"
        out += "<table class=\"latency\">\n<caption>Latency over the whole measured phase (ms)</caption>\n<thead>\n"
        out += row(["Latency"] + SummaryText.latencyColumns, header: true)
        out += "</thead>\n<tbody>\n"
        for (label, percentiles) in SummaryText.latencyRows(summary) {
            if let percentiles {
                out += row([label] + SummaryText.latencyCells(percentiles))
            } else {
                out += "<tr><th scope=\"row\">\(HTMLText.escape(label))</th><td colspan=\"5\" class=\"unknown\">\(HTMLText.escape(SummaryText.publishDelayMissing))</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        for chart in WorkloadCharts.charts(for: workload, id: id) {
            out += "<figure>\n\(chart.svg())\n<figcaption>\(HTMLText.escape(chart.title))</figcaption>\n</figure>\n"
        }
        out += samplesTable(workload)
        return out + "</section>\n"
    }

    /// Every sample as a table, collapsed: the charts' data in text, for screen readers and for copying.
    static func samplesTable(_ workload: ReportedWorkload) -> String {
        let result = workload.result
        let columns: [(String, [Double], (Double) -> String)] = [
            ("Publish (msg/s)", result.publishRate, NumberText.rate),
            ("Consume (msg/s)", result.consumeRate, NumberText.rate),
            ("Backlog", result.backlog.map(Double.init), { NumberText.grouped($0, places: 0) }),
            ("Publish p50 (ms)", result.publishLatency.p50, NumberText.milliseconds),
            ("Publish p99 (ms)", result.publishLatency.p99, NumberText.milliseconds),
            ("Publish p99.9 (ms)", result.publishLatency.p999, NumberText.milliseconds),
            ("End-to-end p99 (ms)", result.endToEndLatency.p99, NumberText.milliseconds),
        ]
        let count = columns.map(\.1.count).max() ?? 0
        var out = "<details class=\"samples\">\n<summary>All \(count) samples as a table</summary>\n<table>\n<thead>\n"
        out += row(["Sample", "Time (s)"] + columns.map(\.0), header: true)
        out += "</thead>\n<tbody>\n"
        for index in 0..<count {
            let cells = columns.map { column in index < column.1.count ? column.2(column.1[index]) : "" }
            out += row(["\(index + 1)", NumberText.fixed(OMBSampling.elapsedSeconds(atSample: index), places: 0)] + cells)
        }
        return out + "</tbody>\n</table>\n</details>\n"
    }

    static func provenanceSection(_ report: ExperimentReport) -> String {
        let provenance = report.provenance
        var out = "<section id=\"provenance\">\n<h2>Provenance</h2>\n<dl class=\"provenance\">\n"
        let facts = provenance.facts(for: report.workloads)
        for fact in facts {
            guard let value = fact.value else { continue }
            out += "<dt>\(HTMLText.escape(fact.label))</dt><dd>\(HTMLText.escape(value))</dd>\n"
        }
        out += "<dt>Simulated</dt><dd>\(report.isSimulated ? "yes: " + HTMLText.escape(report.simulationModels.isEmpty ? "the emulated lab" : report.simulationModels.joined(separator: ", ")) : "no")</dd>\n"
        out += "</dl>\n"
        let unknown = facts.filter { $0.value == nil }.map(\.label)
        if !unknown.isEmpty {
            out += "<p class=\"unknown\">Not known: \(HTMLText.escape(unknown.joined(separator: ", "))) (\(HTMLText.escape(provenance.unknownReason))).</p>\n"
        }
        if let spec = provenance.spec {
            out += "<details class=\"spec\">\n<summary>The effective experiment spec (defaults filled in)</summary>\n"
            out += "<pre>\(HTMLText.escape(String(decoding: JSONText.pretty(spec.jsonValue), as: UTF8.self)))</pre>\n</details>\n"
        }
        return out + "</section>\n"
    }
}
