import AWSServices
import JSONCoding

/// An experiment's record in the experiments table (docs/stages.md, "The experiment record") as the
/// lifecycle commands read it: every stage writes its own attributes, so any of them may be missing (an
/// experiment that failed at validation has no cluster; a running one has no `finishedAt`).
struct ExperimentRecordView {
    let item: DynamoDBItem

    /// The stages in the order an experiment passes them; the record keys `stages` by these names.
    static let stageOrder = ["validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results", "teardown"]

    struct Stage: Equatable {
        var name: String
        var status: String
        var at: String?
        var detail: String?
    }

    struct WorkloadRun: Equatable {
        /// `<index>-<name>`, the key under `workloadRuns` and the workload's S3 folder.
        var key: String
        var index: Int?
        var name: String
        var startedAt: String?
        var expectedSeconds: Double?
        /// How the benchmark command ended (`Success`, `Failed`, …), once it did.
        var benchmarkStatus: String?
        var exitCode: Int?
        var elapsedSeconds: Double?
        var summary: [String: DynamoDBValue]?
        var summaryKey: String?
    }

    var experimentID: String? { item["experimentId"]?.stringValue }
    var executionArn: String? { item["executionArn"]?.stringValue }
    /// `RUNNING`, then the outcome teardown wrote (`SUCCEEDED` / `FAILED`).
    var status: String? { item["status"]?.stringValue }
    var createdAt: String? { item["createdAt"]?.stringValue }
    var finishedAt: String? { item["finishedAt"]?.stringValue }
    var expiresAt: String? { item["expiresAt"]?.stringValue }
    var plan: String? { item["plan"]?.stringValue }
    var profile: String? { item["profile"]?.stringValue }
    var experimentDescription: String? { item["description"]?.stringValue }
    var pulsarVersion: String? { item["pulsarVersion"]?.stringValue }
    var amiID: String? { item["amiId"]?.stringValue }
    var amiName: String? { item["amiName"]?.stringValue }
    var region: String? { item["region"]?.stringValue }
    var launchedAt: String? { item["launchedAt"]?.stringValue }
    var readyAt: String? { item["readyAt"]?.stringValue }
    var instanceCount: Int? { item["instanceIds"]?.listValue?.count ?? item["instanceIds"]?.stringSetValue?.count }

    /// Nodes per component (`zookeeper`, `bookkeeper`, `broker`, `client`), in that order.
    var components: [(name: String, count: Int)] {
        guard let map = item["components"]?.mapValue else { return [] }
        let order = ["zookeeper", "bookkeeper", "broker", "client"]
        return map.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
            .compactMap { name in map[name]?.intValue.map { (name, $0) } }
    }

    var readinessSeconds: Int? { item["readiness"]?["secondsToReady"]?.intValue }
    var readyNodes: Int? { item["readiness"]?["nodes"]?.intValue }

    /// Every stage the record has, in lifecycle order (unknown names last, by name).
    var stages: [Stage] {
        guard let map = item["stages"]?.mapValue else { return [] }
        let names = map.keys.sorted {
            (Self.stageOrder.firstIndex(of: $0) ?? Self.stageOrder.count, $0) < (Self.stageOrder.firstIndex(of: $1) ?? Self.stageOrder.count, $1)
        }
        return names.map { name in
            let value = map[name]
            return Stage(name: name, status: value?["status"]?.stringValue ?? "?", at: value?["at"]?.stringValue, detail: value?["detail"]?.stringValue)
        }
    }

    func stage(_ name: String) -> Stage? { stages.first { $0.name == name } }

    /// The workloads validate-ami planned: index, name and the seconds it expects each to run.
    var plannedWorkloads: [(index: Int, name: String, expectedSeconds: Int?)] {
        (item["workloads"]?.listValue ?? []).compactMap { entry in
            guard let name = entry["name"]?.stringValue else { return nil }
            return (entry["index"]?.intValue ?? 0, name, entry["expectedSeconds"]?.intValue)
        }
    }

    /// The workloads run-benchmark started, in index order.
    var workloadRuns: [WorkloadRun] {
        guard let map = item["workloadRuns"]?.mapValue else { return [] }
        return map.map { key, value in
            WorkloadRun(
                key: key, index: value["index"]?.intValue, name: value["name"]?.stringValue ?? key,
                startedAt: value["run"]?["startedAt"]?.stringValue, expectedSeconds: value["run"]?["expectedSeconds"]?.doubleValue,
                benchmarkStatus: value["benchmark"]?["status"]?.stringValue, exitCode: value["benchmark"]?["exitCode"]?.intValue,
                elapsedSeconds: value["benchmark"]?["elapsedSeconds"]?.doubleValue, summary: value["summary"]?.mapValue,
                summaryKey: value["summaryKey"]?.stringValue)
        }.sorted { ($0.index ?? Int.max, $0.key) < ($1.index ?? Int.max, $1.key) }
    }

    /// The HTML report's key in the results bucket, once collect-results wrote it.
    var reportKey: String? { item["report"]?["reportKey"]?.stringValue }
    var markdownKey: String? { item["report"]?["markdownKey"]?.stringValue }
    var verdict: String? { item["report"]?["verdict"]?.stringValue }
    var simulated: Bool { item["report"]?["simulated"]?.boolValue == true }

    /// The failure teardown recorded on the failure path: the failed stage's error and cause.
    var failure: (error: String, cause: String?)? {
        guard let error = item["failure"]?["error"]?.stringValue else { return nil }
        return (error, item["failure"]?["cause"]?.stringValue)
    }

    var teardownTerminated: Int? { item["teardown"]?["terminated"]?.intValue }
    var teardownResourcesLeft: Int? { item["teardown"]?["resourcesLeft"]?.intValue }
    var estimatedTotalUSD: Double? { item["costEstimate"]?["totalUSD"]?.doubleValue }
    var estimatedHourlyUSD: Double? { item["costEstimate"]?["hourlyUSD"]?.doubleValue }
    var estimatedMinutes: Int? { item["costEstimate"]?["durationMinutes"]?.intValue }
    /// What the janitor recorded when it cleaned the experiment (docs/janitor.md, "Record").
    var janitorReason: String? { item["janitor"]?["reason"]?.stringValue }

    /// The whole record as plain JSON (keys sorted), for `lab status --json`.
    var json: JSONValue { DynamoDBValue.map(item).jsonValue }
}
