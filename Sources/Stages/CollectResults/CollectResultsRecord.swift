/// collect-results' attribute for the experiment as a whole (per-workload attributes: `WorkloadRecord`).
enum CollectResultsRecord {
    /// `{reportKey, markdownKey, csvKey, simulated, verdict, baselineRuns}`.
    static let report = "report"
}
