import Foundation
@testable import LabCore

/// The report tests' inputs: the repository's hand-made OMB results, and experiments built from them.
enum ReportFixtures {
    static let reportDirectory = TestData.fixtures.appendingPathComponent("report")
    static let resultsDirectory = TestData.fixtures.appendingPathComponent("omb-results")

    static func workload(_ url: URL, targetRate: Int?) throws -> ReportedWorkload {
        try ReportedWorkload.parse(try TestData.bytes(url), source: url.lastPathComponent, targetRate: targetRate)
    }

    /// `modern-saturated.json` at its 1000 msg/s target: one real (not simulated) workload, rendered offline.
    static func offlineSaturated() throws -> ExperimentReport {
        let workload = try workload(resultsDirectory.appendingPathComponent("modern-saturated.json"), targetRate: 1000)
        return ExperimentReport(provenance: .offline(file: "modern-saturated.json"), workloads: [workload])
    }

    /// Two workloads with everything known: the spec `{}` with both workloads, an AMI, a cost estimate and a
    /// nightly verdict against four earlier runs. `simulated-steady.json` is simulated, the legacy one is not.
    static func nightlyExperiment() throws -> ExperimentReport {
        let legacy = try workload(resultsDirectory.appendingPathComponent("legacy-on-target.json"), targetRate: 500)
        let steady = try workload(reportDirectory.appendingPathComponent("simulated-steady.json"), targetRate: 200)
        let spec = try SpecHelpers.spec(#"""
            {"plan": "nightly-fixture", "description": "Report fixture, two small workloads",
             "workloads": [{"name": "fixture-legacy", "producerRate": 500, "testDurationMinutes": 1},
                           {"name": "steady, 4 small partitions", "producerRate": 200, "messageSize": 100, "testDurationMinutes": 1}]}
            """#)
        let id = try ExperimentID("nightly-fixture-20251127")
        let provenance = ReportProvenance(
            title: id.value, experimentID: id.value, plan: "nightly-fixture",
            executionARN: "arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:nightly-fixture-20251127",
            spec: spec, amiID: "ami-0123456789abcdef0", amiName: "pulsar-base-4.0.1-20251120", pulsarVersion: "4.0.1",
            region: "us-east-1", startedAt: "2025-11-27T02:00:00Z", finishedAt: "2025-11-27T02:31:12Z",
            costEstimate: CostEstimate(spec: spec, experimentID: id), renderedBy: "collect-results")
        // Earlier nights: the legacy workload's publish p99 was ~2.6 ms, so tonight's 3.1 ms is a regression;
        // the steady workload matches its history.
        func night(_ p99: Double, _ steadyP99: Double, rate: Double) -> [WorkloadSummary] {
            var legacyNight = legacy.summary
            legacyNight.publishLatency.p99 = p99
            var steadyNight = steady.summary
            steadyNight.publishLatency.p99 = steadyP99
            steadyNight.publishRate = rate
            return [legacyNight, steadyNight]
        }
        let history = [
            (id: "nightly-fixture-20251123", workloads: night(2.60, 4.0, rate: 200)),
            (id: "nightly-fixture-20251124", workloads: night(2.55, 4.1, rate: 199)),
            (id: "nightly-fixture-20251125", workloads: night(2.65, 3.9, rate: 201)),
            (id: "nightly-fixture-20251126", workloads: night(2.58, 4.0, rate: 200)),
        ]
        let nightly = NightlyComparison(plan: "nightly-fixture", run: [legacy.summary, steady.summary], baselineRuns: history)
        return ExperimentReport(provenance: provenance, workloads: [legacy, steady], nightly: nightly)
    }

    /// The shared real OMB results, when present.
    static func sharedResults() throws -> [URL]? {
        guard let shared = TestData.sharedOMB else { return nil }
        return try TestData.files(in: shared.appendingPathComponent("results"), withExtension: "json")
    }
}
