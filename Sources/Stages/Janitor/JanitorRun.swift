import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

/// One janitor invocation: find, decide, clean, re-check, report.
struct JanitorRun {
    let handler: JanitorHandler
    let request: JanitorRequest
    let startedAt: Timestamp
    let logger: LambdaLogger
    let remainingTimeMs: () -> Int64
    let requestID: String
    let cleaner: ExperimentCleaner
    private var executionCache: [String: ExecutionState] = [:]

    init(
        handler: JanitorHandler, request: JanitorRequest, startedAt: Timestamp, logger: LambdaLogger,
        remainingTimeMs: @escaping () -> Int64, requestID: String
    ) {
        self.handler = handler
        self.request = request
        self.startedAt = startedAt
        self.logger = logger
        self.remainingTimeMs = remainingTimeMs
        self.requestID = requestID
        self.cleaner = ExperimentCleaner(ec2: handler.ec2, logger: logger)
    }

    mutating func perform() -> JSONObject {
        if case .executionEnded(let change) = request, !change.endedBadly {
            let reason = "execution \(change.executionArn) is \(change.status), not FAILED, TIMED_OUT or ABORTED; nothing to do (teardown runs in the state machine on the other paths)"
            logger.info("status-change event ignored", ["executionArn": .string(change.executionArn), "status": .string(change.status)])
            return summary(decisions: [], report: nil, deferred: [], pagesRead: [:], ignored: reason)
        }
        let (inventory, named, trigger, known) = gather()
        let decisions = decide(inventory, named: named, trigger: trigger, known: known)
        for decision in decisions {
            logger.info("verdict", [
                "experimentId": .string(decision.experimentID), "verdict": .string(decision.verdict.cleans ? "clean" : "keep"),
                "reason": .string(decision.verdict.reason),
            ])
        }
        let selected = decisions.filter(\.verdict.cleans).map(\.experimentID)
        let (report, deferred) = clean(inventory, selected: selected)
        var result = summary(decisions: decisions, report: report, deferred: deferred, pagesRead: inventory.pagesRead, ignored: nil)
        let key = JanitorRun.reportKey(at: startedAt, requestID: requestID)
        if writeReport(result, key: key) {
            result["reportKey"] = .string(key)
        }
        if !request.dryRun {
            markRecords(decisions.filter { $0.verdict.cleans && !deferred.contains($0.experimentID) }, report: report, reportKey: key)
        }
        return result
    }

    // MARK: finding

    /// The inventory the request is about, the experiments it names, the rule set to judge them by, and what is
    /// already known of executions.
    private func gather() -> (CleanupInventory, named: [String], SweepPolicy.Trigger, [String: ExecutionState]) {
        switch request {
        case .executionEnded(let change):
            // The experiment id is the execution's name when that follows the id rule; the ExecutionArn tag
            // finds the experiment either way (validate-ami generates an id for other names).
            let tagged = cleaner.discover(.execution(change.executionArn))
            var ids = Set(tagged.experimentIDs)
            if ExperimentID.isValid(change.name) { ids.insert(change.name) }
            var inventory = ids.isEmpty ? tagged : cleaner.discover(.experiments(ids))
            if !ids.isEmpty { inventory.listingFailures += tagged.listingFailures }
            return (inventory, ids.sorted(), .executionEnded, [change.executionArn: .status(change.status)])
        case .sweep:
            return (cleaner.discover(.allExperiments), [], .sweep, [:])
        case .clean(let ids, _):
            return (cleaner.discover(.experiments(Set(ids))), ids, .named, [:])
        }
    }

    // MARK: deciding

    /// One decision per experiment found, and per experiment named that has no resource left (so the record of
    /// an experiment already clean is still marked).
    private mutating func decide(
        _ inventory: CleanupInventory, named: [String], trigger: SweepPolicy.Trigger, known: [String: ExecutionState]
    ) -> [JanitorDecision] {
        let now = handler.clock()
        let grace: Int
        if case .sweep(_, let minutes) = request { grace = minutes } else { grace = JanitorRequest.defaultGraceMinutes }
        let policy = SweepPolicy(now: now, graceMinutes: grace)
        var facts = ExperimentFacts.gather(from: inventory)
        for id in named where !inventory.experimentIDs.contains(id) {
            facts.append(ExperimentFacts(experimentID: id, expiresAt: nil, executionArns: [], oldestResourceAt: nil, resourceCount: 0))
        }
        var decisions: [JanitorDecision] = []
        for fact in facts.sorted(by: { $0.experimentID < $1.experimentID }) {
            var executions: [String: ExecutionState] = [:]
            var recordExists: Bool?
            let expired = fact.expiresAt.map { $0 <= now } ?? false
            if !expired {
                var arns = Set(fact.executionArns)
                if trigger == .executionEnded { arns.formUnion(known.keys) }
                for arn in arns.sorted() {
                    executions[arn] = known[arn] ?? describe(arn)
                }
                if executions.isEmpty && trigger == .sweep {
                    let record = readRecord(fact.experimentID)
                    recordExists = record.exists
                    if let arn = record.executionArn { executions[arn] = describe(arn) }
                }
            }
            let verdict = policy.verdict(fact, trigger: trigger, executions: executions, recordExists: recordExists)
            decisions.append(JanitorDecision(facts: fact, verdict: verdict, executions: executions))
        }
        return decisions
    }

    /// `DescribeExecution`, once per execution per invocation.
    private mutating func describe(_ arn: String) -> ExecutionState {
        if let cached = executionCache[arn] { return cached }
        let state: ExecutionState
        do {
            state = .status(try handler.stepFunctions.describeExecution(DescribeExecutionRequest(executionARN: arn)).status)
        } catch let error as AWSError where error.code == "ExecutionDoesNotExist" {
            state = .missing
        } catch {
            logger.warn("could not describe execution", ["executionArn": .string(arn), "error": .string("\(error)")])
            state = .unknown((error as? AWSError)?.code ?? "\(error)")
        }
        executionCache[arn] = state
        return state
    }

    /// Whether the experiment has a record, and the execution it names; `exists` is nil when reading failed.
    private func readRecord(_ experimentID: String) -> (exists: Bool?, executionArn: String?) {
        do {
            let item = try handler.dynamoDB.getItem(GetItemRequest(
                tableName: handler.environment.experimentsTable, key: [JanitorRecord.experimentIDAttribute: .string(experimentID)],
                consistentRead: true))
            return (item != nil, item?[JanitorRecord.executionArnAttribute]?.stringValue)
        } catch {
            logger.warn("could not read the experiment record", ["experimentId": .string(experimentID), "error": .string("\(error)")])
            return (nil, nil)
        }
    }
}
