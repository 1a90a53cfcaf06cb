import AWSServices
@testable import lab
import Testing

@Suite("The experiment record as every lab command reads it")
struct StoredExperimentTests {
    @Test("A finished record: status, times, the run with its summary and keys, the report, the estimate")
    func succeededRecord() throws {
        let experiment = StoredExperiment(record: StoredRecords.succeeded, id: "explore-one")
        #expect(experiment.status == "SUCCEEDED" && !experiment.isRunning)
        #expect(experiment.finishedAt == "2026-11-27T01:27:12Z")
        #expect(experiment.plannedWorkloads.map(\.folder) == ["0-1-topic-16-partitions-1kb"])
        let run = try #require(experiment.runsWithResults.first)
        #expect(run.folder == "0-1-topic-16-partitions-1kb" && run.index == 0)
        #expect(run.resultKey == "experiments/explore-one/workloads/0-1-topic-16-partitions-1kb/result.json")
        #expect(run.targetRate == 10000, "the rate the summary was computed against, for rebuilding it from the result")
        #expect(run.isSimulated && experiment.isSimulated)
        #expect(experiment.report?.key(for: .csv) == "experiments/explore-one/report/results.csv")
        #expect(experiment.report?.key(for: .html) == "experiments/explore-one/report/index.html")
        #expect(experiment.costEstimate?.hourlyUSD == 0.7074 && experiment.costEstimate?.durationMinutes == 38)
        #expect(experiment.lastStage?.name == "teardown", "the latest `at` wins: \(String(describing: experiment.lastStage))")
    }

    @Test("A running record: runs in index order, the one without a summary has no results, the last stage explains the status")
    func runningRecord() {
        let experiment = StoredExperiment(record: StoredRecords.running, id: "half-way")
        #expect(experiment.runs.map(\.folder) == ["0-alpha", "1-beta"])
        #expect(experiment.runsWithResults.map(\.name) == ["alpha"])
        #expect(experiment.runs[1].resultKey == "experiments/half-way/workloads/1-beta/result.json", "run-benchmark's key until collect-results records its own")
        #expect(experiment.statusDescription == "RUNNING (run-benchmark running at 2026-11-27T01:27:30Z: workload 1-beta)")
        #expect(experiment.report == nil)
        #expect(experiment.runs[1].targetRate == nil)
    }

    @Test("Without results: running says to follow it, failed says how it ended; both exit 1")
    func noResultsMessages() {
        let running = StoredExperiment(record: StoredRecords.running.filter { $0.key != "workloadRuns" }, id: "half-way")
        let waiting = running.noResults(for: "results")
        #expect(waiting.exitCode == 1)
        #expect(waiting.message == "experiment half-way has no results yet: it is RUNNING (run-benchmark running at 2026-11-27T01:27:30Z: workload 1-beta); lab status half-way follows it, then run lab results half-way again")
        let failed = StoredExperiment(record: StoredRecords.failed, id: "broke-early")
        #expect(failed.noResults(for: "results").message
            == "experiment broke-early has no results: it ended FAILED (ReadinessTimedOut: 2 of 9 nodes not ready) and no workload ran; lab logs broke-early tells what happened")
        #expect(failed.noReport().message.contains("it ended FAILED (ReadinessTimedOut: 2 of 9 nodes not ready) before the report stage"))
        #expect(!failed.isSimulated)
    }

    @Test("What lab status shows: stages in lifecycle order, the benchmark's outcome, components bottom up, the failure")
    func statusAttributes() {
        let experiment = StoredExperiment(record: StoredRecords.succeeded, id: "explore-one")
        #expect(experiment.stages.map(\.name) == ["validate-ami", "collect-results", "teardown"], "\(experiment.stages)")
        #expect(experiment.stage("collect-results")?.detail == "report")
        let run = experiment.runs[0]
        #expect(run.benchmarkStatus == "Success" && run.exitCode == 0 && run.elapsedSeconds == 23, "\(run)")
        let cluster = StoredExperiment(record: [
            "components": ["client": 1, "broker": 3, "zookeeper": 3, "bookkeeper": 2], "instanceIds": .stringSet(["i-1", "i-2"]),
            "stages": ["teardown": ["status": "done"], "custom": ["status": "done"], "apply-infra": ["status": "done"]],
        ], id: "c-1")
        #expect(cluster.components.map(\.name) == ["zookeeper", "bookkeeper", "broker", "client"])
        #expect(cluster.instanceCount == 2)
        #expect(cluster.stages.map(\.name) == ["apply-infra", "teardown", "custom"], "unknown stages last")
        let failed = StoredExperiment(record: StoredRecords.failed, id: "broke-early")
        #expect(failed.failure == StoredFailure(error: "ReadinessTimedOut", cause: "2 of 9 nodes not ready"))
    }

    @Test("A record missing the optional parts still reads (an experiment is read while it is written)")
    func minimalRecord() {
        let experiment = StoredExperiment(record: ["experimentId": .string("bare-one")], id: "bare-one")
        #expect(experiment.status == nil && experiment.displayStatus == "unknown" && experiment.runs.isEmpty && experiment.report == nil && experiment.costEstimate == nil)
        #expect(experiment.lastStage == nil && experiment.stages.isEmpty && experiment.failure == nil)
        let reportOnly = StoredExperiment(record: ["report": .map(["reportKey": .string("experiments/x/report/index.html")])], id: "x-1")
        #expect(reportOnly.report?.markdownKey == "experiments/x/report/summary.md", "siblings of the HTML when the record names only it")
    }
}
