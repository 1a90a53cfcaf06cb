import AWSCore
import AWSServices
import LambdaRuntime

extension TeardownStage {
    /// While waiting: `stages.teardown = {waiting, at, detail}` and the ids removed so far.
    func recordProgress(_ experimentID: String, removed: [String], detail: String, run: StageRun) throws(StageError) {
        var update = UpdateExpression()
        update.set([ExperimentRecord.Attribute.stages, Stage.teardown.rawValue], ExperimentRecord.entry("waiting", at: clock(), detail: String(detail.prefix(1_000))))
        _ = try write(update, experimentID: experimentID, removed: removed, run: run)
    }

    /// Once complete: the outcome (`status`), `finishedAt` (first completion only), the failure it followed,
    /// `teardown = {terminated, resourcesLeft: 0}` and `stages.teardown`. Returns every id removed over all
    /// calls (this one's when the experiment has no record).
    func recordOutcome(_ experimentID: String, input: TeardownInput, removed: [String], terminated: Int, run: StageRun) throws(StageError) -> [String] {
        let now = clock()
        var update = UpdateExpression()
        update.set([ExperimentRecord.Attribute.stages, Stage.teardown.rawValue], ExperimentRecord.entry("done", at: now, detail: nil))
        update.set([ExperimentRecord.Attribute.status], .string(input.outcome))
        update.setIfNotExists([TeardownRecord.finishedAt], .string(now.iso8601String()))
        update.set([TeardownRecord.teardown], .map(["terminated": .number(String(terminated)), "resourcesLeft": .number("0")]))
        if let failure = input.failure {
            var entry: [String: DynamoDBValue] = [:]
            if let error = failure.Error { entry["error"] = .string(error) }
            if let cause = failure.Cause { entry["cause"] = .string(String(cause.prefix(Self.recordedCauseCharacters))) }
            update.set([TeardownRecord.failure], .map(entry))
        }
        guard let item = try write(update, experimentID: experimentID, removed: removed, run: run) else { return removed }
        return item[TeardownRecord.removed]?.stringSetValue?.sorted() ?? removed
    }

    /// Sends `update` plus `ADD teardownRemoved :removed`, on the condition that the record exists; returns the
    /// item as written, or nil when there is no record (teardown still cleans; the log says the record is
    /// missing).
    private func write(_ update: UpdateExpression, experimentID: String, removed: [String], run: StageRun) throws(StageError) -> DynamoDBItem? {
        var update = update
        let exists = "attribute_exists(\(update.name(ExperimentRecord.Attribute.experimentID)))"
        var addClause = ""
        if !removed.isEmpty {
            addClause = " ADD \(update.name(TeardownRecord.removed)) \(update.value(.stringSet(removed)))"
        }
        var request = update.request(table: environment.experimentsTable, key: [ExperimentRecord.Attribute.experimentID: .string(experimentID)], condition: exists)
        request.updateExpression += addClause
        request.returnValues = "ALL_NEW"
        let dynamoDB = clients.dynamoDB
        do {
            return try dynamoDB.updateItem(request)
        } catch let error as AWSError where error.isConditionalCheckFailed {
            run.logger.warn("the experiment has no record in \(environment.experimentsTable); its teardown is not recorded")
            return nil
        } catch {
            throw run.error(
                .teardownIncomplete,
                "recording the teardown in \(environment.experimentsTable) failed: \(error); \((error as? AWSError).map { StageRun.advice(for: $0, stage: .teardown) } ?? "see the error"). The state machine calls teardown again",
                underlying: error)
        }
    }
}
