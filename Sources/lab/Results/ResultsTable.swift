import JSONCoding
import LabCore

/// `lab results ID` as a person reads it: a line about the experiment, then one row per workload with the
/// figures of its summary, aligned in columns (numbers right-aligned), then what the statuses mean.
enum ResultsTable {
    static let header = [
        "workload", "status", "target msg/s", "publish msg/s", "achieved", "consume msg/s", "publish p50 ms", "p99", "p99.9",
        "e2e p50 ms", "p99", "p99.9", "errors", "backlog",
    ]

    static func render(_ experiment: StoredExperiment) -> String {
        let runs = experiment.runsWithResults
        var out = "experiment \(experiment.id): \(experiment.displayStatus)"
        if let start = experiment.createdAt { out += ", started \(start)" }
        if let end = experiment.finishedAt { out += ", finished \(end)" }
        out += ", \(runs.count) workload\(runs.count == 1 ? "" : "s") with results\n"
        if experiment.isSimulated {
            out += "SIMULATED: these numbers come from the emulated lab's model, not from a real cluster\n"
        }
        out += "\n"
        let mixed = runs.contains(where: \.isSimulated) && !runs.allSatisfy(\.isSimulated)
        let rows = runs.map { row($0, markSimulated: mixed) }
        out += TextTable.render([header] + rows, leftAligned: 2)
        out += "\nstatus: SATURATED below \(NumberText.percent(WorkloadSummary.saturationThreshold, places: 0)) of the target rate; "
            + "latencies are over the measured phase; errors: failed publishes / attempts (legacy results do not record them)\n"
        return out
    }

    /// One workload's cells from its summary (missing figures as `-`); latencies to the microsecond the summary
    /// keeps, so the table shows exactly what summary.json holds.
    static func row(_ run: StoredWorkloadRun, markSimulated: Bool) -> [String] {
        let summary = run.summary ?? [:]
        func number(_ name: String, _ sub: String? = nil) -> Double? {
            var value = summary[name]
            if let sub { value = value?[sub] }
            guard case .number(let number)? = value else { return nil }
            return Double(number.text)
        }
        func text(_ value: Double?, _ format: (Double) -> String) -> String { value.map(format) ?? "-" }
        func millis(_ value: Double) -> String { NumberText.fixed(value, places: 3) }
        let status: String
        switch summary["saturated"] {
        case .bool(true)?: status = "SATURATED"
        case .bool(false)?: status = "on target"
        default: status = "no target"
        }
        let name = summary["workload"]?.stringValue ?? run.name
        return [
            name + (markSimulated && run.isSimulated ? " (SIMULATED)" : ""), status,
            text(number("targetRate"), NumberText.rate), text(number("publishRate"), NumberText.rate),
            text(number("achievedFraction")) { NumberText.percent($0) }, text(number("consumeRate"), NumberText.rate),
            text(number("publishLatencyMs", "p50"), millis), text(number("publishLatencyMs", "p99"), millis),
            text(number("publishLatencyMs", "p999"), millis),
            text(number("endToEndLatencyMs", "p50"), millis), text(number("endToEndLatencyMs", "p99"), millis),
            text(number("endToEndLatencyMs", "p999"), millis),
            text(number("errorRate")) { NumberText.percent($0, places: 3) }, text(number("finalBacklog")) { NumberText.grouped($0, places: 0) },
        ]
    }
}
