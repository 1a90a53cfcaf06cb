import AWSCore
import AWSServices
import JSONCoding
import LabCore

/// `lab status ID` as text: the execution's status, the stages the record has (status, time, detail),
/// timings, readiness, each workload with its headline numbers, the report's location, cost estimate,
/// teardown, and the failure; or, with `--json`, the execution and the raw record.
enum StatusText {
    static func render(_ experiment: FoundExperiment, resultsBucket: String, consoleURL: String, now: Timestamp, timeFactor: Double = 1) -> String {
        var rows: [(String, String)] = [("experiment", experiment.id)]
        let record = experiment.record
        let execution = experiment.execution
        rows.append(("status", statusText(record: record, execution: execution)))
        if let execution {
            rows.append(("started", execution.startDate.iso8601String()))
            if let stop = execution.stopDate {
                rows.append(("finished", "\(stop.iso8601String()), after \(ElapsedText.span(stop.secondsElapsed(since: execution.startDate)))"))
            } else {
                rows.append(("elapsed", ElapsedText.span(now.secondsElapsed(since: execution.startDate))))
            }
        } else if let created = record?.createdAt {
            rows.append(("started", created))
            if let finished = record?.finishedAt { rows.append(("finished", finished)) }
        }
        if record == nil, let execution {
            // validate-ami writes the record once it has checked the spec and found the AMI.
            if let plan = planInInput(of: execution) { rows.append(("plan", plan)) }
            rows.append(("record", execution.isRunning
                ? "none yet: validate-ami writes it once the spec and the AMI are checked"
                : "none: the execution ended before validate-ami recorded the experiment"))
        }
        if let record {
            if let plan = record.plan { rows.append(("plan", plan)) }
            if let description = record.experimentDescription { rows.append(("description", description)) }
            let spec = [
                record.profile.map { "profile \($0)" }, record.pulsarVersion.map { "Pulsar \($0)" },
                record.amiID.map { id in "AMI \(id)" + (record.amiName.map { " (\($0))" } ?? "") }, record.region,
            ].compactMap { $0 }
            if !spec.isEmpty { rows.append(("spec", spec.joined(separator: ", "))) }
            if !record.components.isEmpty {
                let total = record.instanceCount ?? record.components.reduce(0) { $0 + $1.count }
                rows.append(("cluster", "\(total) instances: " + record.components.map { "\($0.count) \($0.name)" }.joined(separator: ", ")))
            }
            if let readiness = readinessText(record) { rows.append(("readiness", readiness)) }
        }
        var text = table(rows)
        if let record, !record.stages.isEmpty {
            text += "stages\n" + TextTable.render(record.stages.map { stage in
                [stage.name, stage.status, (stage.at ?? "") + (stage.detail.map { "  " + ExecutionStory.oneLine($0, limit: 240) } ?? "")]
            }, indent: "  ")
        }
        if let record {
            let workloads = workloadLines(record, now: now, timeFactor: timeFactor)
            if !workloads.isEmpty { text += "workloads\n" + workloads.map { "  " + $0 + "\n" }.joined() }
        }
        var tail: [(String, String)] = []
        if let record {
            if let report = record.report {
                tail.append(("report", "s3://\(resultsBucket)/\(report.reportKey) (`lab report \(experiment.id)`)" + (report.simulated ? "; SIMULATED numbers (emulated lab)" : "")))
                if let verdict = report.verdict { tail.append(("verdict", verdict)) }
            }
            if let estimate = record.costEstimate {
                let cost = "estimate $\(NumberText.fixed(estimate.totalUSD, places: 2)) ($\(NumberText.fixed(estimate.hourlyUSD, places: 4))/h × \(estimate.durationMinutes) min)"
                tail.append(("cost", cost))
            }
            if let terminated = record.teardownTerminated {
                tail.append(("teardown", "\(terminated) instances terminated, \(record.teardownResourcesLeft ?? 0) resources left"))
            }
            if let janitor = record.janitorReason { tail.append(("janitor", janitor)) }
        }
        if let failure = failureText(record: record, execution: execution) { tail.append(("failure", failure)) }
        tail.append(("console", consoleURL))
        return text + table(tail)
    }

    /// `SUCCEEDED`, or `RUNNING (record: FAILED)` when they disagree (teardown writes the outcome just before
    /// the execution ends).
    static func statusText(record: StoredExperiment?, execution: SFNExecution?) -> String {
        switch (execution?.status, record?.status) {
        case let (execution?, recorded?) where recorded != execution:
            return "\(execution) (record: \(recorded))"
        case let (execution?, _):
            return execution
        case let (nil, recorded?):
            return "\(recorded) (the execution no longer exists in Step Functions)"
        case (nil, nil):
            return "unknown"
        }
    }

    /// The spec's `plan` in the execution's input.
    static func planInInput(of execution: SFNExecution) -> String? {
        guard let input = execution.input else { return nil }
        do {
            return try JSON.parse(Array(input.utf8))["plan"]?.stringValue
        } catch {
            // An input that is not JSON has no plan (validate-ami fails such an execution).
            return nil
        }
    }

    static func readinessText(_ record: StoredExperiment) -> String? {
        if let seconds = record.readinessSeconds {
            return "\(record.readyNodes.map { "\($0) nodes" } ?? "cluster") ready \(ElapsedText.span(Double(seconds))) after launch" + (record.readyAt.map { " (\($0))" } ?? "")
        }
        guard let stage = record.stage("poll-readiness") else { return nil }
        return "\(stage.status): " + RunProgress.readinessText(stage)
    }

    /// One line per planned workload: what ran, how it ended, its headline numbers.
    static func workloadLines(_ record: StoredExperiment, now: Timestamp, timeFactor: Double = 1) -> [String] {
        let runs = record.runs
        var planned = record.plannedWorkloads.map { (index: $0.index, folder: $0.folder) }
        for run in runs where !planned.contains(where: { $0.index == run.index }) {
            planned.append((run.index, run.folder))
        }
        let width = planned.map(\.folder.count).max() ?? 0
        return planned.map { workload in
            let run = runs.first { $0.index == workload.index }
            return TextTable.pad(run?.folder ?? workload.folder, to: width) + "  " + workloadState(run, now: now, timeFactor: timeFactor)
        }
    }

    static func workloadState(_ run: StoredWorkloadRun?, now: Timestamp, timeFactor: Double = 1) -> String {
        guard let run else { return "not started" }
        if let summary = run.summary { return headline(summary, benchmark: run) }
        if let status = run.benchmarkStatus {
            return "benchmark \(status)" + (run.exitCode.map { ", exit \($0)" } ?? "") + (run.elapsedSeconds.map { ", \(ElapsedText.span($0))" } ?? "") + "; no results collected"
        }
        if let benchmark = RunProgress.timeLeft(of: run, now: now, timeFactor: timeFactor) {
            return (benchmark.secondsLeft > 0
                ? "running, about \(ElapsedText.span(benchmark.secondsLeft)) left of \(ElapsedText.span(benchmark.expectedSeconds))"
                : "running, past its expected \(ElapsedText.span(benchmark.expectedSeconds))") + ProgressText.labTime(timeFactor)
        }
        return "started"
    }

    /// `ok · 9,988.4 of 10,000 msg/s · publish p99 5.315 ms · end-to-end p99 9 ms`.
    static func headline(_ summary: JSONObject, benchmark run: StoredWorkloadRun) -> String {
        var parts: [String] = [summary["saturated"]?.boolValue == true ? "saturated" : "ok"]
        if let rate = summary["publishRate"]?.doubleValue {
            parts.append(NumberText.grouped(rate, places: 1) + (summary["targetRate"]?.doubleValue.map { " of \(NumberText.grouped($0, places: 0))" } ?? "") + " msg/s")
        }
        if let p99 = summary["publishLatencyMs"]?["p99"]?.doubleValue { parts.append("publish p99 \(NumberText.milliseconds(p99)) ms") }
        if let p99 = summary["endToEndLatencyMs"]?["p99"]?.doubleValue { parts.append("end-to-end p99 \(NumberText.milliseconds(p99)) ms") }
        if let seconds = run.elapsedSeconds { parts.append("ran \(ElapsedText.span(seconds))") }
        return parts.joined(separator: " · ")
    }

    static func failureText(record: StoredExperiment?, execution: SFNExecution?) -> String? {
        if let error = execution?.error, !error.isEmpty {
            return error + (execution?.cause.map { " — " + ExecutionStory.readableCause($0) } ?? "")
        }
        if let failure = record?.failure {
            return failure.error + (failure.cause.map { " — " + ExecutionStory.readableCause($0) } ?? "")
        }
        return nil
    }

    /// `{"experimentId", "execution": {…} | null, "record": {…} | null}`, keys sorted.
    static func json(_ experiment: FoundExperiment) -> String {
        var execution: JSONValue = .null
        if let found = experiment.execution {
            var object: JSONObject = [
                "executionArn": .string(found.executionARN), "status": .string(found.status), "startDate": .string(found.startDate.iso8601String(fractionalDigits: 3)),
            ]
            if let stop = found.stopDate { object["stopDate"] = .string(stop.iso8601String(fractionalDigits: 3)) }
            if let error = found.error { object["error"] = .string(error) }
            if let cause = found.cause { object["cause"] = .string(cause) }
            execution = .object(object)
        }
        let document: JSONObject = ["experimentId": .string(experiment.id), "execution": execution, "record": experiment.record.map { DynamoDBValue.map($0.item).jsonValue } ?? .null]
        return CLIJSON.text(.object(document))
    }

    /// The longest label (`description`, `experiment`), so both blocks of labelled rows line up.
    private static let labelWidth = 11

    private static func table(_ rows: [(String, String)]) -> String {
        rows.map { TextTable.pad($0.0, to: labelWidth) + " " + $0.1 + "\n" }.joined()
    }
}
