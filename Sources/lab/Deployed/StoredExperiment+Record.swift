import AWSServices
import JSONCoding

extension StoredExperiment {
    /// Reads the record the stages write (`Sources/Stages/Support/ExperimentRecord`): every attribute is
    /// optional but the id, because a record is read while the experiment is still being written.
    init(record item: DynamoDBItem, id: String) {
        self.id = item["experimentId"]?.stringValue ?? id
        self.item = item
        executionArn = item["executionArn"]?.stringValue
        status = item["status"]?.stringValue
        createdAt = item["createdAt"]?.stringValue
        launchedAt = item["launchedAt"]?.stringValue
        readyAt = item["readyAt"]?.stringValue
        finishedAt = item["finishedAt"]?.stringValue
        plan = item["plan"]?.stringValue
        profile = item["profile"]?.stringValue
        experimentDescription = item["description"]?.stringValue
        pulsarVersion = item["pulsarVersion"]?.stringValue
        amiID = item["amiId"]?.stringValue
        amiName = item["amiName"]?.stringValue
        region = item["region"]?.stringValue
        plannedWorkloads = (item["workloads"]?.listValue ?? []).compactMap { entry in
            entry["name"]?.stringValue.map {
                StoredPlannedWorkload(index: entry["index"]?.intValue ?? 0, name: $0, expectedSeconds: entry["expectedSeconds"]?.intValue)
            }
        }
        if let cost = item["costEstimate"], let hourly = cost["hourlyUSD"]?.doubleValue {
            costEstimate = StoredCostEstimate(
                hourlyUSD: hourly, totalUSD: cost["totalUSD"]?.doubleValue ?? 0, durationMinutes: cost["durationMinutes"]?.intValue ?? 0,
                priceSource: cost["priceSource"]?.stringValue ?? "an unnamed price table",
                unpricedInstanceTypes: (cost["unpricedInstanceTypes"]?.listValue ?? []).compactMap(\.stringValue))
        }
        instanceCount = item["instanceIds"]?.listValue?.count ?? item["instanceIds"]?.stringSetValue?.count
        let componentCounts = item["components"]?.mapValue ?? [:]
        components = componentCounts.keys.sorted(by: Self.inOrder(Self.componentOrder))
            .compactMap { name in componentCounts[name]?.intValue.map { (name, $0) } }
        readinessSeconds = item["readiness"]?["secondsToReady"]?.intValue
        readyNodes = item["readiness"]?["nodes"]?.intValue
        let stageEntries = item["stages"]?.mapValue ?? [:]
        stages = stageEntries.keys.sorted(by: Self.inOrder(StoredStage.lifecycleOrder)).map { name in
            let entry = stageEntries[name]
            return StoredStage(name: name, status: entry?["status"]?.stringValue ?? "?", at: entry?["at"]?.stringValue, detail: entry?["detail"]?.stringValue)
        }
        runs = (item["workloadRuns"]?.mapValue ?? [:]).map { folder, entry in
            let summary = entry["summary"].flatMap { $0.jsonValue.objectValue }
            return StoredWorkloadRun(
                folder: folder, index: entry["index"]?.intValue ?? Self.index(ofFolder: folder),
                name: entry["name"]?.stringValue ?? summary?["workload"]?.stringValue ?? folder,
                startedAt: entry["run"]?["startedAt"]?.stringValue, expectedSeconds: entry["run"]?["expectedSeconds"]?.doubleValue,
                benchmarkStatus: entry["benchmark"]?["status"]?.stringValue, exitCode: entry["benchmark"]?["exitCode"]?.intValue,
                elapsedSeconds: entry["benchmark"]?["elapsedSeconds"]?.doubleValue,
                summary: summary, summaryKey: entry["summaryKey"]?.stringValue,
                resultKey: entry["resultKey"]?.stringValue ?? entry["run"]?["resultKey"]?.stringValue)
        }
        .sorted { ($0.index, $0.folder) < ($1.index, $1.folder) }
        if let report = item["report"], let reportKey = report["reportKey"]?.stringValue {
            self.report = StoredReportKeys(
                reportKey: reportKey, markdownKey: report["markdownKey"]?.stringValue ?? Self.sibling(of: reportKey, named: "summary.md"),
                csvKey: report["csvKey"]?.stringValue ?? Self.sibling(of: reportKey, named: "results.csv"),
                simulated: report["simulated"]?.boolValue ?? false, verdict: report["verdict"]?.stringValue)
        }
        if let error = item["failure"]?["error"]?.stringValue {
            failure = StoredFailure(error: error, cause: item["failure"]?["cause"]?.stringValue)
        }
        teardownTerminated = item["teardown"]?["terminated"]?.intValue
        teardownResourcesLeft = item["teardown"]?["resourcesLeft"]?.intValue
        janitorReason = item["janitor"]?["reason"]?.stringValue
    }

    /// The order apply-infra names the components in, as people think of the cluster: bottom up.
    static let componentOrder = ["zookeeper", "bookkeeper", "broker", "client"]

    /// Names in `order`'s order, then the ones it lacks by name.
    static func inOrder(_ order: [String]) -> (String, String) -> Bool {
        { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
    }

    /// `3-name` → 3 (a folder is `<index>-<name>`).
    static func index(ofFolder folder: String) -> Int {
        Int(folder.prefix { $0.isNumber }) ?? 0
    }

    /// `…/report/index.html` → `…/report/<name>`.
    static func sibling(of key: String, named name: String) -> String {
        guard let slash = key.lastIndex(of: "/") else { return name }
        return String(key[...slash]) + name
    }
}
