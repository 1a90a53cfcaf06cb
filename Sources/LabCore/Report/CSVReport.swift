/// The report's figures as CSV (RFC 4180: CRLF line ends, fields quoted when they need it): one row per
/// workload × metric × statistic, the same rows for every workload (a value the result does not have is an
/// empty field), so a spreadsheet can pivot on any column. Columns (docs/reports.md):
///
/// `workload,metric,statistic,unit,value,simulated`
public enum CSVReport {
    public static let header = ["workload", "metric", "statistic", "unit", "value", "simulated"]

    public static func render(_ report: ExperimentReport) -> String {
        var out = CSVField.record(header)
        for workload in report.workloads {
            let simulated = report.provenance.simulation != nil || workload.simulation != nil ? "true" : "false"
            for (metric, statistic, unit, value) in rows(workload.summary) {
                out += CSVField.record([workload.name, metric, statistic, unit, value, simulated])
            }
        }
        return out
    }

    /// Rates to 0.1 msg/s, latencies to 1 µs, fractions to 6 decimals: what WorkloadSummary's JSON keeps too.
    static func rows(_ summary: WorkloadSummary) -> [(String, String, String, String)] {
        func rate(_ value: Double?) -> String { value.map { NumberText.fixed($0, places: 1) } ?? "" }
        func latency(_ value: Double?) -> String { value.map { NumberText.fixed($0, places: 3) } ?? "" }
        func fraction(_ value: Double?) -> String { value.map { NumberText.fixed($0, places: 6) } ?? "" }
        var rows: [(String, String, String, String)] = [
            ("throughput", "target", "msg/s", rate(summary.targetRate)),
            ("throughput", "publish-mean", "msg/s", rate(summary.publishRate)),
            ("throughput", "consume-mean", "msg/s", rate(summary.consumeRate)),
            ("throughput", "achieved-fraction", "ratio", fraction(summary.achievedFraction)),
            ("throughput", "saturated", "flag", summary.isSaturated.map { $0 ? "1" : "0" } ?? ""),
        ]
        for (metric, percentiles) in [
            ("publish-latency", summary.publishLatency as LatencyPercentiles?), ("publish-delay-latency", summary.publishDelayLatency),
            ("end-to-end-latency", summary.endToEndLatency),
        ] {
            for (statistic, value) in [
                ("p50", percentiles?.p50), ("p95", percentiles?.p95), ("p99", percentiles?.p99), ("p99.9", percentiles?.p999),
                ("max", percentiles?.max),
            ] {
                rows.append((metric, statistic, "ms", latency(value)))
            }
        }
        rows += [
            ("errors", "error-rate", "fraction", fraction(summary.errorRate)),
            ("backlog", "final", "messages", String(summary.finalBacklog)),
            ("backlog", "max", "messages", String(summary.maxBacklog)),
            ("samples", "count", "periods", String(summary.periods)),
        ]
        return rows
    }
}
