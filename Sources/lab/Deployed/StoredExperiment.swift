import AWSServices

/// An experiment as its record in the experiments table describes it (docs/stages.md, "The experiment record"),
/// the one model of the record every command reads (`lab status`, `list`, `run --wait`, `results`, `report`,
/// `compare`, `cost`). Every stage writes its own attributes, so all but the id may be missing: an experiment that
/// failed at validation has no cluster, a running one no `finishedAt`. Read with `StoredExperiment(record:id:)`.
struct StoredExperiment {
    var id: String
    /// The record as the table returned it, for `lab status --json`.
    var item: DynamoDBItem
    var executionArn: String?
    /// `RUNNING` until teardown records the outcome (`SUCCEEDED`, `FAILED`).
    var status: String?
    var createdAt: String?
    /// The earliest launch of the cluster's instances (apply-infra).
    var launchedAt: String?
    /// When poll-readiness found every node ready.
    var readyAt: String?
    /// Set once by teardown.
    var finishedAt: String?

    // The spec, as validate-ami recorded it.
    var plan: String?
    var profile: String?
    var experimentDescription: String?
    var pulsarVersion: String?
    var amiID: String?
    var amiName: String?
    var region: String?
    /// The spec's workloads, in the order validate-ami recorded them.
    var plannedWorkloads: [StoredPlannedWorkload]
    var costEstimate: StoredCostEstimate?

    // The cluster (apply-infra, poll-readiness).
    var instanceCount: Int?
    /// Nodes per component (`zookeeper`, `bookkeeper`, `broker`, `client`), in that order.
    var components: [(name: String, count: Int)]
    /// Seconds from launch to ready, and how many nodes were ready (poll-readiness's `readiness`).
    var readinessSeconds: Int?
    var readyNodes: Int?

    /// Every `stages.<stage>` entry, in lifecycle order (`StoredStage.lifecycleOrder`; unknown names last, by name).
    var stages: [StoredStage]
    /// The workloads that ran or run, by index.
    var runs: [StoredWorkloadRun]
    /// Where the report is, once collect-results wrote it.
    var report: StoredReportKeys?

    // How it ended (teardown, janitor).
    var failure: StoredFailure?
    var teardownTerminated: Int?
    var teardownResourcesLeft: Int?
    /// What the janitor recorded when it cleaned the experiment (docs/janitor.md, "Record").
    var janitorReason: String?

    var isRunning: Bool { status == "RUNNING" }

    /// The status for a sentence: `unknown` when the record lacks it.
    var displayStatus: String { status ?? "unknown" }

    func stage(_ name: String) -> StoredStage? { stages.first { $0.name == name } }

    /// The stage that wrote last (the latest `at`; RFC 3339 UTC sorts as text; the name breaks a tie, so the answer
    /// is stable), e.g. `run-benchmark running at …`.
    var lastStage: StoredStage? { stages.max { ($0.at ?? "", $0.name) < ($1.at ?? "", $1.name) } }

    /// The workloads with a summary (collect-results has read their results).
    var runsWithResults: [StoredWorkloadRun] { runs.filter { $0.summary != nil && $0.resultKey != nil } }

    /// Whether any recorded summary or the report says its numbers are simulated (the emulated lab).
    var isSimulated: Bool { report?.simulated == true || runs.contains { $0.isSimulated } }

    /// `RUNNING (run-benchmark running since 01:26:46Z: workload 0-…)`, `FAILED (ClusterFailed: …)`: the status
    /// and what explains it, for messages.
    var statusDescription: String {
        if isRunning, let stage = lastStage { return "\(displayStatus) (\(stage.description))" }
        if let failure { return "\(displayStatus) (\(failure.description))" }
        return displayStatus
    }
}
