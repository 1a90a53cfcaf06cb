import JSONCoding

/// One `workloadRuns.<index>-<name>` entry of the record: the workload's run (run-benchmark) and, once
/// collect-results read its result, its summary (the same figures as its `summary.json`) and keys.
struct StoredWorkloadRun: Equatable {
    /// `<index>-<name>`: the key under `workloadRuns` and the workload's folder under `experiments/<id>/workloads/`.
    var folder: String
    var index: Int
    /// The workload's name as the spec (and the result) names it.
    var name: String
    /// When run-benchmark started the benchmark, and how long the spec expects it to run (`run`).
    var startedAt: String?
    var expectedSeconds: Double?
    /// How the benchmark command ended (`Success`, `Failed`, …), when it has, with its exit code and duration.
    var benchmarkStatus: String?
    var exitCode: Int?
    var elapsedSeconds: Double?
    /// The summary as collect-results recorded it (`WorkloadSummary` JSON plus index, resultKey, resultFormat and
    /// the simulation stamp); nil until then.
    var summary: JSONObject?
    var summaryKey: String?
    /// The OMB result file: collect-results' `resultKey`, else run-benchmark's `run.resultKey`.
    var resultKey: String?

    /// The producer rate the summary was computed against (nil: none, OMB searched for the maximum).
    var targetRate: Int? {
        guard case .number(let number)? = summary?["targetRate"], let value = Double(number.text), value > 0 else { return nil }
        return Int(value.rounded())
    }

    var isSimulated: Bool { summary?["simulated"] == .bool(true) }
}
