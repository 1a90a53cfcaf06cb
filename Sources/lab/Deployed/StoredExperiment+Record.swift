import AWSServices
import JSONCoding

extension StoredExperiment {
    /// Reads the record the stages write (`Sources/Stages/Support/ExperimentRecord`): every attribute is
    /// optional but the id, because a record is read while the experiment is still being written.
    init(record item: DynamoDBItem, id: String) {
        self.id = item["experimentId"]?.stringValue ?? id
        status = item["status"]?.stringValue ?? "unknown"
        createdAt = item["createdAt"]?.stringValue
        launchedAt = item["launchedAt"]?.stringValue
        finishedAt = item["finishedAt"]?.stringValue
        if let failure = item["failure"] {
            let error = failure["error"]?.stringValue, cause = failure["cause"]?.stringValue
            self.failure = [error, cause].compactMap { $0 }.joined(separator: ": ")
        }
        lastStage = (item["stages"]?.mapValue ?? [:])
            .map { name, value in
                StoredStage(name: name, status: value["status"]?.stringValue ?? "?", at: value["at"]?.stringValue, detail: value["detail"]?.stringValue)
            }
            // The latest `at` wins (RFC 3339 UTC sorts as text); the stage name breaks a tie, so the answer is stable.
            .max { ($0.at ?? "", $0.name) < ($1.at ?? "", $1.name) }
        plannedWorkloads = (item["workloads"]?.listValue ?? [])
            .compactMap { entry in entry["name"]?.stringValue.map { (entry["index"]?.intValue ?? 0, $0) } }
            .sorted { $0.0 < $1.0 }.map(\.1)
        runs = (item["workloadRuns"]?.mapValue ?? [:]).map { folder, entry in
            let summary = entry["summary"].flatMap { $0.jsonValue.objectValue }
            return StoredWorkloadRun(
                folder: folder, index: entry["index"]?.intValue ?? Self.index(ofFolder: folder),
                name: entry["name"]?.stringValue ?? summary?["workload"]?.stringValue ?? folder,
                summary: summary, summaryKey: entry["summaryKey"]?.stringValue,
                resultKey: entry["resultKey"]?.stringValue ?? entry["run"]?["resultKey"]?.stringValue,
                benchmarkStatus: entry["benchmark"]?["status"]?.stringValue)
        }
        .sorted { ($0.index, $0.folder) < ($1.index, $1.folder) }
        if let report = item["report"], let reportKey = report["reportKey"]?.stringValue {
            self.report = StoredReportKeys(
                reportKey: reportKey, markdownKey: report["markdownKey"]?.stringValue ?? Self.sibling(of: reportKey, named: "summary.md"),
                csvKey: report["csvKey"]?.stringValue ?? Self.sibling(of: reportKey, named: "results.csv"),
                simulated: report["simulated"]?.boolValue ?? false, verdict: report["verdict"]?.stringValue)
        }
        if let cost = item["costEstimate"], let hourly = cost["hourlyUSD"]?.doubleValue {
            costEstimate = StoredCostEstimate(
                hourlyUSD: hourly, totalUSD: cost["totalUSD"]?.doubleValue ?? 0, durationMinutes: cost["durationMinutes"]?.intValue ?? 0,
                priceSource: cost["priceSource"]?.stringValue ?? "an unnamed price table",
                unpricedInstanceTypes: (cost["unpricedInstanceTypes"]?.listValue ?? []).compactMap(\.stringValue))
        }
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
