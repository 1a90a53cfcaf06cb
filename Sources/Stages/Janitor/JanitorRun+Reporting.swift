import AWSCore
import AWSServices
import JSONCoding

/// The summary (returned and written to S3) and the records of cleaned experiments.
extension JanitorRun {
    /// `janitor/20261126T231004.123Z-<first 8 characters of the request id>.json`: sortable by time, and two
    /// runs in the same millisecond (an event and the sweep) do not overwrite each other.
    static func reportKey(at time: Timestamp, requestID: String) -> String {
        let basic = time.iso8601String(fractionalDigits: 3).filter { $0 != "-" && $0 != ":" }
        let suffix = String(requestID.filter { $0.isLetter || $0.isNumber }.prefix(8))
        return JanitorRecord.reportPrefix + basic + (suffix.isEmpty ? "" : "-" + suffix) + ".json"
    }

    func summary(
        decisions: [JanitorDecision], report: CleanupReport?, deferred: [String], pagesRead: [CleanupResourceKind: Int],
        ignored: String?
    ) -> JSONObject {
        let finished = handler.clock()
        let elapsed = finished.duration(since: startedAt).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        var object: JSONObject = [
            "trigger": .string(request.trigger), "dryRun": .bool(request.dryRun), "requestId": .string(requestID),
            "startedAt": .string(startedAt.iso8601String(fractionalDigits: 3)),
            "finishedAt": .string(finished.iso8601String(fractionalDigits: 3)),
            "seconds": .number(JSONNumber((seconds * 1000).rounded() / 1000) ?? 0),
        ]
        if case .executionEnded(let change) = request {
            object["execution"] = [
                "executionArn": .string(change.executionArn), "name": .string(change.name), "status": .string(change.status),
            ]
        }
        if let ignored {
            object["ignored"] = .string(ignored)
            return object
        }
        object["experiments"] = .array(decisions.map { decision in
            var entry = decision.json
            if decision.verdict.cleans, let report {
                let mine = report.outcomes.filter { $0.experimentID == decision.experimentID }
                entry["outcome"] = .object(Self.counts(mine))
            }
            if deferred.contains(decision.experimentID) { entry["deferred"] = true }
            return .object(entry)
        })
        object["cleaned"] = .array(decisions.filter { $0.verdict.cleans && !deferred.contains($0.experimentID) }.map { .string($0.experimentID) })
        object["kept"] = .array(decisions.filter { !$0.verdict.cleans }.map { .string($0.experimentID) })
        object["deferred"] = .array(deferred.map(JSONValue.string))
        object["counts"] = .object(report?.counts ?? Self.counts([]))
        object["complete"] = .bool(!request.dryRun && (report.map { $0.pending.isEmpty && $0.failed.isEmpty } ?? true) && deferred.isEmpty)
        object["pagesRead"] = .object(JSONObject(uniqueKeysWithValues: pagesRead.keys.sorted().map { ($0.rawValue, .number(JSONNumber(pagesRead[$0]!))) }))
        object["resources"] = .array((report?.outcomes ?? []).map { .object($0.json) })
        return object
    }

    static func counts(_ outcomes: [CleanupOutcome]) -> JSONObject {
        CleanupReport(dryRun: false, experimentIDs: [], outcomes: outcomes).counts
    }

    /// Writes the summary; a failure is logged, not thrown: the cleaning happened, and the log has every line.
    func writeReport(_ summary: JSONObject, key: String) -> Bool {
        do {
            try handler.s3.putObject(PutObjectRequest(
                bucket: handler.environment.resultsBucket, key: key, body: JSON.serialize(.object(summary)),
                contentType: "application/json"))
            return true
        } catch {
            logger.error("could not write the janitor report", ["key": .string(key), "error": .string("\(error)")])
            return false
        }
    }

    /// Marks each cleaned experiment's record: `janitor` = {by, trigger, reason, at, complete, counts, report} and
    /// `cleanedBy` = `janitor`. Only an existing record is updated (an orphan has none, and gets none).
    func markRecords(_ cleaned: [JanitorDecision], report: CleanupReport, reportKey: String) {
        let now = handler.clock().iso8601String()
        for decision in cleaned {
            let mine = report.outcomes.filter { $0.experimentID == decision.experimentID || $0.experimentID == "*" }
            let pending = mine.filter { $0.result == .pending }.count
            let failed = mine.filter { $0.result == .failed }.count
            let entry: DynamoDBValue = .map([
                "by": "janitor", "trigger": .string(request.trigger), "reason": .string(decision.verdict.reason),
                "at": .string(now), "complete": .bool(pending == 0 && failed == 0),
                "deleted": .number(String(mine.filter { $0.result == .deleted }.count)),
                "pending": .number(String(pending)), "failed": .number(String(failed)), "report": .string(reportKey),
            ])
            let update = UpdateItemRequest(
                tableName: handler.environment.experimentsTable,
                key: [JanitorRecord.experimentIDAttribute: .string(decision.experimentID)],
                updateExpression: "SET #janitor = :janitor, #cleanedBy = :by", conditionExpression: "attribute_exists(#id)",
                expressionAttributeNames: [
                    "#janitor": JanitorRecord.janitorAttribute, "#cleanedBy": JanitorRecord.cleanedByAttribute,
                    "#id": JanitorRecord.experimentIDAttribute,
                ],
                expressionAttributeValues: [":janitor": entry, ":by": "janitor"], idempotency: .idempotent)
            do {
                try handler.dynamoDB.updateItem(update)
                logger.info("record marked cleaned", ["experimentId": .string(decision.experimentID)])
            } catch let error as AWSError where error.isConditionalCheckFailed {
                logger.info("no record to mark (an orphan, or an experiment validate-ami never recorded)", ["experimentId": .string(decision.experimentID)])
            } catch {
                logger.warn("could not mark the record", ["experimentId": .string(decision.experimentID), "error": .string("\(error)")])
            }
        }
    }
}
