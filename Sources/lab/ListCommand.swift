import ArgumentParser
import AWSCore
import AWSServices

/// `lab list [--plan P] [--status S] [--since TIME]`: the experiments, newest first, from the state machine's
/// executions (and each one's record for its plan); with `--plan`, from the table's plan index
/// `plan-finishedAt` (finished experiments) plus the running executions of that plan.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List experiments, newest first: id, status, start, duration, plan.",
        discussion: """
            Without --plan the list is the state machine's executions (ListExecutions) with each one's plan from its \
            record. With --plan it is the experiments of that plan: the finished ones from the table's plan index \
            (plan-finishedAt; docs/stages.md) and the running ones; an experiment stopped before teardown has no \
            finishedAt and is not in the index.
            """)

    static let statuses = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]
    static let planIndex = "plan-finishedAt"

    @Option(help: "Only experiments of this plan (the spec's plan, e.g. nightly).")
    var plan: String?

    @Option(help: "Only experiments in this state (RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE).")
    var status: String?

    @Option(help: "Only experiments started at or after this time: a duration back from now (90m, 12h, 7d, 1d12h), a date (2026-11-26) or an RFC 3339 time.")
    var since: String?

    @Option(help: "At most this many experiments (0: all).")
    var limit = 50

    /// Argument checks that say what to write, as one `error:` line (run, not ArgumentParser's `validate`,
    /// whose errors print the usage too).
    private func checkArguments() throws(LabCLIError) {
        if let status, !Self.statuses.contains(status.uppercased()) {
            throw LabCLIError(code: .invalidArguments, message: "--status \(status) is not an execution status: use one of \(Self.statuses.joined(separator: ", "))")
        }
        guard limit >= 0 else { throw LabCLIError(code: .invalidArguments, message: "--limit \(limit) is negative: use 0 for all, or a positive count") }
    }

    func run() throws {
        try checkArguments()
        let now = Timestamp.now()
        let since = try self.since.map { text throws(LabCLIError) in try SinceFilter.parse(text, now: now) }
        let status = self.status?.uppercased()
        let session = try LabSession.fromProcess()
        var rows: [ExperimentListing]
        var more = false
        if let plan {
            rows = try planRows(plan, status: status, since: since, session: session)
            rows.sort { $0.startedAt > $1.startedAt }
            if limit > 0 && rows.count > limit {
                rows = Array(rows.prefix(limit))
                more = true
            }
        } else {
            (rows, more) = try executionRows(status: status, since: since, session: session, plan: nil, limit: limit)
        }
        if rows.isEmpty {
            Console.progress("no experiments" + describeFilters(since: since) + " in \(LabSession.name(ofArn: session.configuration.stateMachineArn))")
            return
        }
        Console.output(ExperimentListing.table(rows, now: now))
        if more { Console.progress("showing the newest \(limit); --limit 0 lists all") }
    }

    /// The executions, newest first, with each one's plan from its record (`plan` given: only that plan's).
    private func executionRows(status: String?, since: Timestamp?, session: LabSession, plan: String?, limit: Int) throws(LabCLIError) -> ([ExperimentListing], Bool) {
        var rows: [ExperimentListing] = []
        var token: String?
        repeat {
            let page = try session.call("listing the executions of \(session.configuration.stateMachineArn)") {
                try session.stepFunctions.listExecutions(ListExecutionsRequest(
                    stateMachineARN: session.configuration.stateMachineArn, statusFilter: status, maxResults: 100, pageToken: token))
            }
            for execution in page.items {
                // ListExecutions is newest first: the first one older than --since ends the list.
                if let since, execution.startDate < since { return (rows, false) }
                let id = LabSession.experimentID(of: execution)
                let recordedPlan = try session.experimentRecord(of: id).map { $0.plan }
                // No record yet (validate-ami has not run, or failed before writing it): the plan is the input's.
                let experimentPlan: String?
                if let recordedPlan { experimentPlan = recordedPlan } else { experimentPlan = try Self.plan(inInputOf: execution, session: session) }
                if let plan, experimentPlan != plan { continue }
                if limit > 0 && rows.count == limit { return (rows, true) }
                rows.append(ExperimentListing(id: id, status: execution.status, startedAt: execution.startDate, stoppedAt: execution.stopDate, plan: experimentPlan))
            }
            token = page.nextPageToken
        } while token != nil
        return (rows, false)
    }

    /// The plan's finished experiments from the plan index, and its running ones from the executions.
    private func planRows(_ plan: String, status: String?, since: Timestamp?, session: LabSession) throws(LabCLIError) -> [ExperimentListing] {
        let table = session.configuration.experimentsTable
        let indexed: [DynamoDBItem]? = try session.call("querying the plan index \(Self.planIndex) of \(table) for plan \(plan)") {
            do {
                return try session.dynamoDB.queryAll(QueryRequest(
                    tableName: table, indexName: Self.planIndex, keyConditionExpression: "#plan = :plan",
                    expressionAttributeNames: ["#plan": "plan"], expressionAttributeValues: [":plan": .string(plan)], scanIndexForward: false))
            } catch let error as AWSError where error.code == "ValidationException" && error.message.lowercased().contains("index") {
                Console.progress("note: the table \(table) has no index \(Self.planIndex) (\(error.message)); reading every execution's record instead")
                return nil
            }
        }
        guard let items = indexed else {
            return try executionRows(status: status, since: since, session: session, plan: plan, limit: 0).0
        }
        var rows: [ExperimentListing] = []
        for item in items {
            guard let id = item["experimentId"]?.stringValue else { continue }
            let record = StoredExperiment(record: item, id: id)
            let finished = Timestamp(validISO8601: record.finishedAt)
            // The index holds only records with finishedAt; createdAt is missing only from a hand-made record.
            guard let started = Timestamp(validISO8601: record.createdAt) ?? finished else { continue }
            rows.append(ExperimentListing(id: id, status: record.status ?? "?", startedAt: started, stoppedAt: finished, plan: plan))
        }
        if status == nil || status == "RUNNING" {
            let running = try executionRows(status: "RUNNING", since: since, session: session, plan: plan, limit: 0).0
            rows += running.filter { row in !rows.contains { $0.id == row.id } }
        }
        return rows.filter { row in (status == nil || row.status == status) && (since.map { row.startedAt >= $0 } ?? true) }
    }

    /// The `plan` of the spec an execution was started with (its input), when it has one.
    private static func plan(inInputOf execution: SFNExecutionSummary, session: LabSession) throws(LabCLIError) -> String? {
        try session.executionIfPresent(arn: execution.executionARN).flatMap(StatusText.planInInput(of:))
    }

    private func describeFilters(since: Timestamp?) -> String {
        [plan.map { " of plan \($0)" }, status.map { " \($0.uppercased())" }, since.map { " since \($0.iso8601String())" }]
            .compactMap { $0 }.joined()
    }
}
