/// The report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts, no fonts or
/// anything else fetched from anywhere, so it opens offline, from S3 or from a mail attachment alike.
///
/// Order: title, the simulation banner (when any number is simulated), the nightly verdict (when there is
/// one), the summary of every workload, one section per workload (table, three charts, the samples as a
/// table), provenance. What each part shows is in docs/reports.md.
public enum HTMLReport {
    public static func render(_ report: ExperimentReport) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>Benchmark report: \(HTMLText.escape(report.provenance.title))</title>\n"
        out += "<style>\n\(stylesheet)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>Benchmark report: \(HTMLText.escape(report.provenance.title))</h1>\n"
        out += "<p class=\"subtitle\">\(HTMLText.escape(subtitle(report)))</p>\n</header>\n"
        if report.isSimulated { out += simulationBanner(report) }
        out += "<main>\n"
        if let nightly = report.nightly { out += verdictSection(nightly) }
        out += summarySection(report)
        for (index, workload) in report.workloads.enumerated() {
            out += workloadSection(workload, id: "w\(index + 1)", isSimulated: report.provenance.simulation != nil || workload.simulation != nil)
        }
        out += provenanceSection(report)
        out += "</main>\n<footer>\n<p>Rendered by Pulsar AWS Lab. Self-contained: no scripts and nothing loaded from the network. "
        out += "Charts are inline SVG; each workload's per-period samples are also listed as a table.</p>\n</footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    static func subtitle(_ report: ExperimentReport) -> String {
        let count = report.workloads.count == 1 ? "1 workload" : "\(report.workloads.count) workloads"
        let drivers = Set(report.workloads.map(\.result.driver)).sorted().joined(separator: ", ")
        return "\(count)" + (drivers.isEmpty ? "" : " on \(drivers)") + (report.isSimulated ? " (SIMULATED)" : "")
    }

    static func simulationBanner(_ report: ExperimentReport) -> String {
        var text = "Numbers in this report come from the emulated lab's simulation, not from a real Pulsar cluster"
        let workloads = report.simulatedWorkloads
        if workloads.count < report.workloads.count {
            text += " (simulated workloads: \(workloads.joined(separator: ", ")))"
        }
        if !report.simulationModels.isEmpty { text += "; model: \(report.simulationModels.joined(separator: ", "))" }
        text += ". They test the lab's plumbing; do not compare them with real runs or draw conclusions about Pulsar from them."
        return "<div class=\"banner\" role=\"note\" data-simulated=\"true\">\n<p><strong>SIMULATED</strong> \(HTMLText.escape(text))</p>\n</div>\n"
    }

    static func row(_ cells: [String], header: Bool = false, rowHeader: Bool = true, classes: [String?] = []) -> String {
        var out = "<tr>"
        for (index, cell) in cells.enumerated() {
            let tag = header ? "th" : (rowHeader && index == 0 ? "th" : "td")
            let scope = header ? " scope=\"col\"" : (tag == "th" ? " scope=\"row\"" : "")
            let cls = index < classes.count ? classes[index].map { " class=\"\($0)\"" } ?? "" : ""
            out += "<\(tag)\(scope)\(cls)>\(HTMLText.escape(cell))</\(tag)>"
        }
        return out + "</tr>\n"
    }
}
