import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

extension RunBenchmarkStage {
    /// Looks at the benchmark command once.
    ///
    /// - Throws: `BenchmarkRunning` while it runs (the state machine retries), `BenchmarkFailed` when it ended
    ///   in any other way than `Success`, naming OMB's exit status and where the log is.
    public func check(_ input: RunBenchmarkInput, logger: LambdaLogger) throws(StageError) -> BenchmarkDone {
        let run = stageRun(input, logger: logger)
        let id = try run.experimentID(of: input.experiment)
        guard let started = input.run else {
            throw run.error(
                .configurationError,
                "check mode needs \"run\" (start mode's output); the state machine passes $.run.result: deploy statemachine/experiment.asl.json as it is in the repository")
        }
        let files = WorkloadFiles(keys: ExperimentKeys(experimentID: id.value), index: input.workload.index, workloadName: input.workload.name)
        let instanceID = input.cluster.result.clientInstanceId
        let elapsed = elapsedSeconds(since: started.startedAt)
        let subject = "workload \(input.workload.index) (\(input.workload.name)): benchmark command \(started.commandId) on \(instanceID)"

        let invocation: SSMCommandInvocationResult?
        do {
            invocation = try clients.ssm.getCommandInvocation(GetCommandInvocationRequest(commandID: started.commandId, instanceID: instanceID))
        } catch let error as AWSError where error.code == Self.invocationDoesNotExist {
            invocation = nil
        } catch {
            let transient = (error as? AWSError)?.isRetryable ?? false
            throw run.error(
                transient ? .benchmarkRunning : .benchmarkFailed,
                "reading \(subject) (SSM GetCommandInvocation) failed: \(error); \(Self.advice(error, stage: .runBenchmark))",
                underlying: error)
        }
        let progress = invocation.map(CommandProgress.init) ?? .running(status: "not visible in SSM yet")

        switch progress {
        case .running(let status):
            run.logger.info("benchmark still running", [
                "commandId": .string(started.commandId), "status": .string(status), "elapsedSeconds": .number(JSONNumber(elapsed)),
            ])
            throw run.error(.benchmarkRunning, "\(subject) is \(status): \(Self.timing(elapsed: elapsed, expected: started.expectedSeconds)). Nothing to do: the state machine checks again")

        case .succeeded(let exitCode):
            // Once the command has ended, time it by SSM's end time: a repeated check returns the same result.
            let elapsed = elapsedSeconds(since: started.startedAt, until: invocation?.executionEndDateTime)
            try recordEnd(files: files, status: "Success", exitCode: exitCode, elapsed: elapsed, run: run)
            run.logger.info("benchmark finished", ["commandId": .string(started.commandId), "elapsedSeconds": .number(JSONNumber(elapsed))])
            return BenchmarkDone(
                commandId: started.commandId, status: "Success", exitCode: exitCode, elapsedSeconds: elapsed,
                resultKey: started.resultKey, logKey: started.logKey)

        case .failed(let status, let exitCode):
            let elapsed = elapsedSeconds(since: started.startedAt, until: invocation?.executionEndDateTime)
            try recordEnd(files: files, status: status, exitCode: exitCode, elapsed: elapsed, run: run)
            run.logger.error("benchmark failed", [
                "commandId": .string(started.commandId), "status": .string(status), "exitCode": exitCode.map { .number(JSONNumber($0)) } ?? .null,
            ])
            throw run.error(.benchmarkFailed, failureMessage(
                subject: subject, status: status, exitCode: exitCode, started: started, files: files,
                standardError: invocation?.standardErrorContent ?? ""))
        }
    }

    /// `workloadRuns.<folder>.benchmark = {status, exitCode, elapsedSeconds}` and the stage's status.
    func recordEnd(files: WorkloadFiles, status: String, exitCode: Int?, elapsed: Int, run: StageRun) throws(StageError) {
        var outcome: [String: DynamoDBValue] = ["status": .string(status), "elapsedSeconds": .number(String(elapsed))]
        if let exitCode { outcome["exitCode"] = .number(String(exitCode)) }
        let record = self.record, experimentID = run.experimentID ?? "", now = clock()
        try run.aws("recording how the benchmark ended", failure: .benchmarkFailed, transient: .benchmarkRunning) {
            try record.update(
                experimentID, stage: .runBenchmark, status: status == "Success" ? "done" : "failed", at: now,
                detail: "workload \(files.folder): \(status)",
                setting: [RecordField([WorkloadRecord.attribute, files.folder, WorkloadRecord.benchmark], .map(outcome))])
        }
    }

    /// `412 s elapsed of about 390 s expected, …`.
    static func timing(elapsed: Int, expected: Int) -> String {
        let left = expected - elapsed
        return left >= 0
            ? "\(elapsed) s elapsed of about \(expected) s expected, about \(left) s left"
            : "\(elapsed) s elapsed, \(-left) s more than the \(expected) s expected (SSM stops it at its execution timeout)"
    }

    /// What ended the command, the runner's exit status and what it means, where the log and SSM's whole output
    /// are, the end of its standard error, and what to do.
    func failureMessage(
        subject: String, status: String, exitCode: Int?, started: BenchmarkRun, files: WorkloadFiles, standardError: String
    ) -> String {
        var text = "\(subject) ended \(status)"
        switch status {
        case "TimedOut":
            text += " (it ran longer than its execution timeout, or SSM could not deliver it in time)"
        case "Cancelled":
            text += " (cancelled in SSM, by a person or because the instance stopped)"
        default:
            break
        }
        if let exitCode {
            text += " with exit status \(exitCode): \(RunnerExitStatus.explanation(exitCode))"
        } else {
            text += " without an exit status"
        }
        text += ". Benchmark log: \(bucket.uri(started.logKey)); the command's whole output: \(bucket.uri(files.commandOutputPrefix))/\(started.commandId)/"
        if !standardError.isEmpty {
            text += "; end of its standard error: \(Self.lastCharacters(standardError, Self.quotedErrorCharacters))"
        }
        return text + ". Fix the cause the log shows, then start the experiment again."
    }

    /// Whole seconds from `startedAt` (RFC 3339) to now; 0 when `startedAt` cannot be read.
    func elapsedSeconds(since startedAt: String) -> Int {
        do {
            return max(0, Int(clock().seconds - (try Timestamp(iso8601: startedAt)).seconds))
        } catch {
            // Only the message's arithmetic depends on it: a damaged time must not fail the check.
            return 0
        }
    }

    /// Whole seconds from `startedAt` to SSM's `ExecutionEndDateTime` when SSM gives one it can read, else to now.
    func elapsedSeconds(since startedAt: String, until endedAt: String?) -> Int {
        guard let endedAt else { return elapsedSeconds(since: startedAt) }
        do {
            return max(0, Int((try Timestamp(iso8601: endedAt)).seconds - (try Timestamp(iso8601: startedAt)).seconds))
        } catch {
            // SSM's end time in an unexpected form: fall back to the clock, which only loses repeatability.
            return elapsedSeconds(since: startedAt)
        }
    }

    /// The last `count` characters, on one line.
    static func lastCharacters(_ text: String, _ count: Int) -> String {
        var tail = text.count > count ? "…" + String(text.suffix(count)) : text
        tail = String(tail.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        while tail.last == " " { tail.removeLast() }
        return tail
    }
}
