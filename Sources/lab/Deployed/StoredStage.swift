/// One `stages.<stage>` entry of the record: a stage's last word about the experiment.
struct StoredStage: Equatable {
    /// The stages in the order an experiment passes them; the record keys `stages` by these names.
    static let lifecycleOrder = ["validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results", "teardown"]

    var name: String
    /// `done`, `running`, `waiting`, `failed`.
    var status: String
    var at: String?
    var detail: String?

    /// `run-benchmark running at 2026-11-27T01:26:46Z: workload 0-1-topic`.
    var description: String {
        var text = "\(name) \(status)"
        if let at { text += " at \(at)" }
        if let detail, !detail.isEmpty { text += ": \(detail)" }
        return text
    }
}
