/// An experiment as its record in the experiments table describes it (docs/stages.md, "The experiment record"):
/// only what `lab results`, `report`, `compare` and `cost` read. Read with `StoredExperiment(record:)`.
struct StoredExperiment {
    var id: String
    /// `RUNNING` until teardown records the outcome (`SUCCEEDED`, `FAILED`); `unknown` when the record lacks it.
    var status: String
    var createdAt: String?
    /// The earliest launch of the cluster's instances (apply-infra).
    var launchedAt: String?
    /// Set once by teardown.
    var finishedAt: String?
    /// `error: cause` of the failure path, when the record has one.
    var failure: String?
    /// The stage that wrote last (`stages.<stage>` with the latest `at`), e.g. `run-benchmark running at …`.
    var lastStage: StoredStage?
    /// The spec's workloads (validate-ami), in order.
    var plannedWorkloads: [String]
    /// The workloads that ran or run, by index.
    var runs: [StoredWorkloadRun]
    /// Where the report is, once collect-results wrote it.
    var report: StoredReportKeys?
    var costEstimate: StoredCostEstimate?

    var isRunning: Bool { status == "RUNNING" }

    /// The workloads with a summary (collect-results has read their results).
    var runsWithResults: [StoredWorkloadRun] { runs.filter { $0.summary != nil && $0.resultKey != nil } }

    /// Whether any recorded summary or the report says its numbers are simulated (the emulated lab).
    var isSimulated: Bool { report?.simulated == true || runs.contains { $0.isSimulated } }

    /// `RUNNING (run-benchmark running since 01:26:46Z: workload 0-…)`, `FAILED (ClusterFailed: …)`: the status
    /// and what explains it, for messages.
    var statusDescription: String {
        if isRunning, let stage = lastStage { return "\(status) (\(stage.description))" }
        if let failure { return "\(status) (\(failure))" }
        return status
    }
}
