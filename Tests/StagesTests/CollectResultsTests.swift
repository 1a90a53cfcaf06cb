import AWSCore
import AWSServices
import Foundation
import JSONCoding
import LabCore
import Stages
import Testing

/// collect-results against the emulated lab: an experiment recorded by validate-ami, OMB results put into S3
/// by the test (small fixtures of our own, OMBResultFixture) where the node's runner would upload them.
@Suite(
    "collect-results against the emulated lab: summary, headline, missing and invalid results, report, baseline",
    .enabled(if: EmulatedLab.unavailableReason == nil, "needs .venv with moto (scripts/ensure-venv)"))
struct CollectResultsTests {
    let fixtures: LabFixtures

    init() throws {
        fixtures = try LabFixtures()
    }

    static let spec = #"{"workloads": [{"name": "steady", "producerRate": 5000}, {"name": "1 topic / 1 partition / 1Kb", "producerRate": 20000}]}"#

    func stage(environment: StageEnvironment? = nil) -> CollectResultsStage {
        CollectResultsStage(environment: environment ?? fixtures.environment, clients: fixtures.clients)
    }

    func files(_ experiment: Experiment, _ index: Int) -> WorkloadFiles {
        WorkloadFiles(keys: ExperimentKeys(experimentID: experiment.experimentId), index: index, workloadName: experiment.workloads[index].name)
    }

    /// start's output for workload `index`, as the state machine hands it to collect-results.
    func run(_ experiment: Experiment, _ index: Int) -> BenchmarkRun {
        let files = files(experiment, index)
        return BenchmarkRun(
            commandId: "cmd-\(index)", workloadKey: files.workload, driverKey: files.driver, resultKey: files.result, logKey: files.log,
            expectedSeconds: 390, startedAt: "2026-11-26T02:10:00Z")
    }

    func workloadInput(_ experiment: Experiment, _ index: Int) -> CollectResultsInput {
        CollectResultsInput(mode: .workload, experiment: experiment, workload: experiment.workloads[index], run: run(experiment, index))
    }

    func put(_ key: String, _ bytes: [UInt8]) throws {
        try fixtures.bucket.put(key, bytes, contentType: "application/json")
    }

    @Test("A result in S3 gives summary.json, the summary in the record and a small headline")
    func resultGivesSummaryAndHeadline() throws {
        let experiment = try fixtures.validate(name: "cr-summary", spec: Self.spec)
        try put(files(experiment, 0).result, OMBResultFixture(workload: "steady", publishRate: 4_999.96, publishP99Ms: 4.5, endToEndP99Ms: 9.25).bytes)

        let headline = try stage().collect(workloadInput(experiment, 0), logger: LabFixtures.logger)
        let summaryKey = "experiments/cr-summary/workloads/0-steady/summary.json"
        #expect(headline == WorkloadHeadline(
            workload: "steady", index: 0, status: .ok, targetRate: 5_000, achievedRate: 5_000, publishLatencyP99Ms: 4.5,
            endToEndLatencyP99Ms: 9.25, summaryKey: summaryKey, simulated: nil))
        let encoded = try JSON.encode(headline)
        #expect(encoded.count < 400, "the headline becomes part of the execution's output; \(encoded.count) bytes")

        let summary = try JSON.parse(try #require(try fixtures.bucket.bytesIfPresent(summaryKey), "no summary.json"))
        #expect(summary["workload"]?.stringValue == "steady")
        #expect(summary["targetRate"]?.doubleValue == 5_000)
        #expect(summary["saturated"]?.boolValue == false)
        #expect(summary["publishLatencyMs"]?["p99"]?.doubleValue == 4.5)
        #expect(summary["resultKey"]?.stringValue == files(experiment, 0).result)
        #expect(summary["simulated"] == nil, "a measured result carries no simulation stamp")

        let record = try #require(try fixtures.record("cr-summary"))
        let entry = try #require(record["workloadRuns"]?["0-steady"], "no workloadRuns.0-steady in \(record)")
        #expect(entry["summary"]?["endToEndLatencyMs"]?["p99"]?.doubleValue == 9.25)
        #expect(entry["summaryKey"]?.stringValue == summaryKey)
        #expect(record["stages"]?["collect-results"]?["status"]?.stringValue == "done")

        let again = try stage().collect(workloadInput(experiment, 0), logger: LabFixtures.logger)
        #expect(again == headline, "collecting twice gives the same headline")
    }

    @Test("A result below 95 % of the target is saturated; a simulated result keeps its stamp in the summary and headline")
    func saturatedAndSimulatedAreCarried() throws {
        let experiment = try fixtures.validate(name: "cr-saturated-simulated", spec: Self.spec)
        try put(files(experiment, 1).result, OMBResultFixture(
            workload: "1 topic / 1 partition / 1Kb", publishRate: 15_000, simulationModel: "emulated-lab omb-model/1").bytes)

        let headline = try stage().collect(workloadInput(experiment, 1), logger: LabFixtures.logger)
        #expect(headline.status == .saturated)
        #expect(headline.targetRate == 20_000 && headline.achievedRate == 15_000)
        #expect(headline.simulated == true)
        #expect(headline.summaryKey == "experiments/cr-saturated-simulated/workloads/1-1-topic-1-partition-1kb/summary.json")
        let summary = try JSON.parse(try #require(try fixtures.bucket.bytesIfPresent(headline.summaryKey)))
        #expect(summary["simulated"]?.boolValue == true)
        #expect(summary["simulationModel"]?.stringValue == "emulated-lab omb-model/1")
        #expect(summary["saturated"]?.boolValue == true)
    }

    @Test("No result: ResultsMissing says where it looked and where the benchmark log is (or that there is none)")
    func missingResultSaysWhereToLook() throws {
        let experiment = try fixtures.validate(name: "cr-missing", spec: Self.spec)
        let files = files(experiment, 0)
        let bucket = fixtures.environment.resultsBucket

        let noLog = try #require(LabFixtures.stageError { try stage().collect(workloadInput(experiment, 0), logger: LabFixtures.logger) })
        #expect(noLog.code == .resultsMissing)
        #expect(noLog.errorMessage.hasPrefix("collect-results (experiment cr-missing): workload 0: no OMB result at s3://\(bucket)/\(files.result);"), "\(noLog.errorMessage)")
        #expect(noLog.errorMessage.contains("there is no benchmark log at s3://\(bucket)/\(files.log) either"), "\(noLog.errorMessage)")
        #expect(noLog.errorMessage.contains("s3://\(bucket)/\(files.commandOutputPrefix)/"), "\(noLog.errorMessage)")

        try fixtures.bucket.put(files.log, text: "OMB: connection refused\n", contentType: "text/plain")
        let withLog = try #require(LabFixtures.stageError { try stage().collect(workloadInput(experiment, 0), logger: LabFixtures.logger) })
        #expect(withLog.code == .resultsMissing)
        #expect(withLog.errorMessage.contains("the benchmark log is at s3://\(bucket)/\(files.log): it says why OMB wrote no result"), "\(withLog.errorMessage)")
        #expect(try fixtures.bucket.bytesIfPresent(files.summary) == nil, "no summary for a missing result")
    }

    @Test("Garbage or an incomplete result: ResultsInvalid names what is wrong")
    func invalidResultNamesTheProblem() throws {
        let experiment = try fixtures.validate(name: "cr-invalid", spec: Self.spec)
        let files = files(experiment, 0)
        try put(files.result, Array("{\"workload\": \"steady\", ".utf8))
        let truncated = try #require(LabFixtures.stageError { try stage().collect(workloadInput(experiment, 0), logger: LabFixtures.logger) })
        #expect(truncated.code == .resultsInvalid)
        #expect(truncated.errorMessage.contains("result.json is not valid JSON"), "\(truncated.errorMessage)")
        #expect(truncated.errorMessage.contains("benchmark log: s3://"), "\(truncated.errorMessage)")

        guard case .object(var object) = OMBResultFixture().json else { return }
        object["publishRate"] = nil
        object["aggregatedEndToEndLatency99pct"] = "fast"
        try put(files.result, JSON.serialize(.object(object)))
        let incomplete = try #require(LabFixtures.stageError { try stage().collect(workloadInput(experiment, 0), logger: LabFixtures.logger) })
        #expect(incomplete.code == .resultsInvalid)
        #expect(incomplete.errorMessage.contains("publishRate is missing"), "\(incomplete.errorMessage)")
        #expect(incomplete.errorMessage.contains("aggregatedEndToEndLatency99pct should be a number"), "\(incomplete.errorMessage)")
    }

    @Test("report writes HTML, Markdown and CSV to S3 with a presigned link; a simulated result is flagged in all three")
    func reportWritesThreeFiles() throws {
        let experiment = try fixtures.validate(name: "cr-report", spec: Self.spec)
        try put(files(experiment, 0).result, OMBResultFixture(workload: "steady").bytes)
        try put(files(experiment, 1).result, OMBResultFixture(workload: "1 topic / 1 partition / 1Kb", publishRate: 19_990, simulationModel: "m1").bytes)
        let headlines = try [0, 1].map { try stage().collect(workloadInput(experiment, $0), logger: LabFixtures.logger) }

        let location = try stage().report(
            CollectResultsInput(mode: .report, experiment: experiment, workloads: headlines), logger: LabFixtures.logger)
        #expect(location.reportKey == "experiments/cr-report/report/index.html")
        #expect(location.markdownKey == "experiments/cr-report/report/summary.md")
        #expect(location.csvKey == "experiments/cr-report/report/results.csv")
        #expect(location.verdict == nil && location.baselineNote == nil, "no plan, no verdict")
        #expect(location.reportUri == "s3://\(fixtures.environment.resultsBucket)/\(location.reportKey)")

        let html = String(decoding: try #require(try fixtures.bucket.bytesIfPresent(location.reportKey)), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("SIMULATED"), "one workload is simulated")
        #expect(html.contains(fixtures.lab.amiID), "provenance names the AMI")
        let markdown = String(decoding: try #require(try fixtures.bucket.bytesIfPresent(location.markdownKey)), as: UTF8.self)
        #expect(markdown.contains("# Benchmark report: cr-report"))
        #expect(markdown.contains("steady") && markdown.contains("1 topic / 1 partition / 1Kb"))
        #expect(markdown.contains("Cost estimate"), "\(markdown)")
        let csv = String(decoding: try #require(try fixtures.bucket.bytesIfPresent(location.csvKey)), as: UTF8.self)
        #expect(csv.hasPrefix("workload,metric,statistic,unit,value,simulated\r\n"))
        #expect(csv.contains("steady,throughput,target,msg/s,5000.0,false"), "\(csv.prefix(300))")

        let record = try #require(try fixtures.record("cr-report"))
        #expect(record["report"]?["reportKey"]?.stringValue == location.reportKey)
        #expect(record["report"]?["simulated"]?.boolValue == true)
    }

    @Test("A plan without the table's plan index: the report is written, without a verdict, and says why")
    func planWithoutIndexStillReports() throws {
        let experiment = try fixtures.validate(name: "cr-plan-no-index", spec: #"{"plan": "nightly-x", "workloads": [{"name": "steady", "producerRate": 5000}]}"#)
        try put(files(experiment, 0).result, OMBResultFixture().bytes)
        let headline = try stage().collect(workloadInput(experiment, 0), logger: LabFixtures.logger)
        // The lab's table has the index (as Terraform creates it); this case needs a table without it, holding
        // the same record.
        let table = "stages-no-plan-index-\(UUID().uuidString.prefix(8).lowercased())"
        _ = try fixtures.lab.client().sendJSON(.json(.dynamoDB, "CreateTable", body: JSON.serialize([
            "TableName": .string(table), "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [["AttributeName": "experimentId", "AttributeType": "S"]],
            "KeySchema": [["AttributeName": "experimentId", "KeyType": "HASH"]],
        ]), idempotency: .idempotent))
        let record = try #require(try fixtures.record(experiment.experimentId))
        try fixtures.clients.dynamoDB.putItem(PutItemRequest(tableName: table, item: record))
        var environment = fixtures.environment
        environment.experimentsTable = table
        let location = try stage(environment: environment).report(
            CollectResultsInput(mode: .report, experiment: experiment, workloads: [headline]), logger: LabFixtures.logger)
        #expect(location.verdict == nil)
        let note = try #require(location.baselineNote)
        #expect(note.contains("plan-finishedAt index"), "\(note)")
        #expect(try fixtures.bucket.bytesIfPresent(location.reportKey) != nil)
    }
}
