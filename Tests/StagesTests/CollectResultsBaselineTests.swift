import AWSCore
import AWSServices
import Foundation
import JSONCoding
import LabCore
import Stages
import Testing

/// The nightly verdict: collect-results' report mode reads the plan's earlier successful runs through the
/// table's plan index (partition `plan`, sort `finishedAt`). The emulated lab's table has no such index yet
/// (docs/stages.md says Terraform must add it), so this test makes its own table with it.
@Suite(
    "collect-results report: the verdict against the plan's earlier successful runs",
    .enabled(if: EmulatedLab.unavailableReason == nil, "needs .venv with moto (scripts/ensure-venv)"))
struct CollectResultsBaselineTests {
    let fixtures: LabFixtures

    init() throws {
        fixtures = try LabFixtures()
    }

    func createTableWithPlanIndex(_ name: String) throws {
        _ = try fixtures.lab.client().sendJSON(.json(.dynamoDB, "CreateTable", body: JSON.serialize([
            "TableName": .string(name), "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [
                ["AttributeName": "experimentId", "AttributeType": "S"], ["AttributeName": "plan", "AttributeType": "S"],
                ["AttributeName": "finishedAt", "AttributeType": "S"],
            ],
            "KeySchema": [["AttributeName": "experimentId", "KeyType": "HASH"]],
            "GlobalSecondaryIndexes": [[
                "IndexName": "plan-finishedAt",
                "KeySchema": [["AttributeName": "plan", "KeyType": "HASH"], ["AttributeName": "finishedAt", "KeyType": "RANGE"]],
                "Projection": ["ProjectionType": "ALL"],
            ]],
        ]), idempotency: .idempotent))
    }

    /// An earlier run of the plan as teardown leaves its record, with its result in S3.
    func earlierRun(_ id: String, table: String, finishedAt: String, status: String, publishP99Ms: Double) throws {
        let key = "experiments/\(id)/workloads/0-steady/result.json"
        try fixtures.bucket.put(key, OMBResultFixture(workload: "steady", publishRate: 5_000, publishP99Ms: publishP99Ms).bytes, contentType: "application/json")
        try fixtures.clients.dynamoDB.putItem(PutItemRequest(tableName: table, item: [
            "experimentId": .string(id), "plan": "nightly-baseline", "status": .string(status), "finishedAt": .string(finishedAt),
            "workloadRuns": .map(["0-steady": .map(["resultKey": .string(key), "summary": .map(["targetRate": .number("5000")])])]),
        ]))
    }

    @Test("Three steady earlier runs and a run with publish p99 three times higher: REGRESSED; failed runs are not a baseline")
    func regressionAgainstThePlansRuns() throws {
        let table = "stages-baseline-\(UUID().uuidString.prefix(8).lowercased())"
        try createTableWithPlanIndex(table)
        var environment = fixtures.environment
        environment.experimentsTable = table
        for (night, p99) in [(1, 4.4), (2, 4.6), (3, 4.5)] {
            try earlierRun("cr-night-\(night)", table: table, finishedAt: "2026-11-2\(night)T03:00:00Z", status: "SUCCEEDED", publishP99Ms: p99)
        }
        try earlierRun("cr-night-4-failed", table: table, finishedAt: "2026-11-24T03:00:00Z", status: "FAILED", publishP99Ms: 1)

        let experiment = try fixtures.validate(name: "cr-night-5", spec: #"{"plan": "nightly-baseline", "workloads": [{"name": "steady", "producerRate": 5000}]}"#)
        var current = try #require(try fixtures.record(experiment.experimentId))
        current["stages"] = .map([:])
        try fixtures.clients.dynamoDB.putItem(PutItemRequest(tableName: table, item: current))
        try fixtures.bucket.put(
            "experiments/cr-night-5/workloads/0-steady/result.json", OMBResultFixture(workload: "steady", publishP99Ms: 13.5).bytes,
            contentType: "application/json")

        let stage = CollectResultsStage(environment: environment, clients: fixtures.clients)
        let headline = try stage.collect(
            CollectResultsInput(mode: .workload, experiment: experiment, workload: experiment.workloads[0]), logger: LabFixtures.logger)
        let location = try stage.report(CollectResultsInput(mode: .report, experiment: experiment, workloads: [headline]), logger: LabFixtures.logger)
        #expect(location.verdict == "regressed", "baseline note: \(location.baselineNote ?? "none")")
        #expect(location.baselineNote == nil)

        let record = try #require(try fixtures.clients.dynamoDB.getItem(GetItemRequest(tableName: table, key: ["experimentId": "cr-night-5"])))
        #expect(record["report"]?["verdict"]?.stringValue == "regressed")
        #expect(record["report"]?["baselineRuns"]?.listValue?.compactMap(\.stringValue) == ["cr-night-1", "cr-night-2", "cr-night-3"],
                "oldest first, the failed run left out")
        let markdown = String(decoding: try #require(try fixtures.bucket.bytesIfPresent(location.markdownKey)), as: UTF8.self)
        #expect(markdown.contains("REGRESSED"), "\(markdown.prefix(1_500))")
    }
}
