import AWSCore
import AWSServices
import LabCore
import LambdaRuntime

extension CollectResultsStage {
    /// The plan's recent successful runs, oldest first, each with its workloads' summaries (from their OMB
    /// results in S3, which the records point to), for the nightly verdict.
    ///
    /// Read with a Query on the table's plan index (`planIndexName`: partition key `plan`, sort key
    /// `finishedAt`, both strings; teardown sets `finishedAt` and `status`), newest first, keeping records
    /// whose `status` is `SUCCEEDED`, until `RegressionRule.standard.baselineWindow` runs are found.
    ///
    /// The verdict is an addition to the report, so a baseline that cannot be read does not fail it: `note`
    /// says why there is no verdict (e.g. no such index), and the log says it too.
    func planBaseline(plan: String, excluding experimentID: String, run: StageRun) -> (runs: [(id: String, workloads: [WorkloadSummary])], note: String?) {
        let window = RegressionRule.standard.baselineWindow
        var records: [DynamoDBItem] = []
        var request = QueryRequest(
            tableName: environment.experimentsTable, indexName: planIndexName, keyConditionExpression: "#plan = :plan",
            filterExpression: "#status = :succeeded",
            expressionAttributeNames: ["#plan": "plan", "#status": ExperimentRecord.Attribute.status],
            expressionAttributeValues: [":plan": .string(plan), ":succeeded": .string(Self.succeeded)], scanIndexForward: false)
        do {
            while records.count < window {
                let page = try clients.dynamoDB.query(request)
                records += page.items.filter { $0[ExperimentRecord.Attribute.experimentID]?.stringValue != experimentID }
                guard let next = page.nextPageToken else { break }
                request.pageToken = next
            }
        } catch {
            let note = "the plan's earlier runs could not be read from the \(planIndexName) index of \(environment.experimentsTable) (\(error)); "
                + ((error as? AWSError).map { $0.code == "ValidationException" ? "the table needs that index (terraform/modules/storage)" : StageRun.advice(for: $0, stage: .collectResults) } ?? "see the error")
            run.logger.warn("no nightly verdict: \(note)")
            return ([], note)
        }

        var runs: [(id: String, workloads: [WorkloadSummary])] = []
        for item in records.prefix(window).reversed() {
            guard let id = item[ExperimentRecord.Attribute.experimentID]?.stringValue else { continue }
            runs.append((id, summaries(of: item, run: run)))
        }
        return (runs, nil)
    }

    /// The workload summaries of one earlier run, rebuilt from its OMB results (a result that is gone or does
    /// not parse any more is left out, and logged).
    func summaries(of item: DynamoDBItem, run: StageRun) -> [WorkloadSummary] {
        let id = item[ExperimentRecord.Attribute.experimentID]?.stringValue ?? "?"
        guard let workloads = item[WorkloadRecord.attribute]?.mapValue else { return [] }
        var summaries: [WorkloadSummary] = []
        for folder in workloads.keys.sorted() {
            guard let entry = workloads[folder], let key = entry[WorkloadRecord.resultKey]?.stringValue else { continue }
            let target = entry[WorkloadRecord.summary]?["targetRate"]?.doubleValue.map { Int($0) }
            do {
                guard let bytes = try bucket.bytesIfPresent(key) else {
                    run.logger.warn("baseline run \(id): its result \(bucket.uri(key)) is gone; that workload is left out of the baseline")
                    continue
                }
                summaries.append(try ReportedWorkload.parse(bytes, source: bucket.uri(key), targetRate: target).summary)
            } catch {
                run.logger.warn("baseline run \(id): \(bucket.uri(key)) cannot be used (\(error)); that workload is left out of the baseline")
            }
        }
        return summaries
    }

    /// The `status` teardown records for an execution that ended well.
    static let succeeded = "SUCCEEDED"
}
