import ArgumentParser
import AWSCore
import AWSServices

/// `lab run --wait`: follows one execution until it ends, polling `DescribeExecution`, the new events of
/// `GetExecutionHistory` and (while the cluster comes up or a benchmark runs) the experiment's record every
/// `interval` seconds, and writes progress to stderr. Ctrl-C (or SIGTERM, SIGHUP) stops the waiting and leaves
/// the experiment running.
struct ExperimentWatcher {
    let session: LabSession
    let id: String
    let executionArn: String
    let interval: Double
    let display = ProgressDisplay()

    /// Returns when the execution succeeded.
    ///
    /// - Throws: `.experimentFailed` with the execution's error and cause when it ended otherwise;
    ///   `ExitCode(130)` after Ctrl-C, SIGTERM or SIGHUP, having said how to follow the experiment.
    func follow() throws {
        InterruptSignal.install()
        var follower = HistoryFollower()
        var story = ExecutionStory()
        var execution: SFNExecution
        while true {
            execution = try describe()
            try show(newEventsOf: &follower, in: &story, startedAt: execution.startDate)
            guard execution.isRunning else { break }
            let state = story.currentState
            let needsRecord = state == RunProgress.States.pollReadiness || state.map(RunProgress.States.benchmark.contains) == true
            let record = needsRecord ? try session.experimentRecord(of: id) : nil
            display.status(RunProgress(
                story: story, record: record, startedAt: execution.startDate, now: .now(),
                timeFactor: session.configuration.timeFactor))
            if let signal = InterruptSignal.sleep(seconds: interval) { try interrupted(by: signal) }
        }
        // The events that ended it may have arrived after the last read.
        try show(newEventsOf: &follower, in: &story, startedAt: execution.startDate)
        display.clearStatus()
        try finish(execution)
    }

    private func describe() throws(LabCLIError) -> SFNExecution {
        guard let execution = try session.executionIfPresent(arn: executionArn) else {
            throw LabCLIError(code: .notFound, message: "the execution \(executionArn) of experiment \(id) no longer exists; `lab list` shows the experiments there are")
        }
        return execution
    }

    /// Writes the lines worth a line while waiting: states entered, Map items, waits, failures other than
    /// the polling errors (those show as attempts in the status line), and the end.
    private func show(newEventsOf follower: inout HistoryFollower, in story: inout ExecutionStory, startedAt: Timestamp) throws(LabCLIError) {
        let events = try session.call("reading the history of \(executionArn)") {
            try follower.poll { token in
                try session.stepFunctions.getExecutionHistory(GetExecutionHistoryRequest(
                    executionARN: executionArn, reverseOrder: true, maxResults: 200, includeExecutionData: false, pageToken: token))
            }
        }
        for line in story.add(events) {
            switch line.kind {
            case .entered, .mapItem, .ended, .wait:
                break
            case .failure where !ExecutionStory.pollingErrors.contains(line.error ?? ""):
                break
            default:
                continue
            }
            display.line(ProgressText.event(line, startedAt: line.timestamp.secondsElapsed(since: startedAt)))
        }
    }

    private func finish(_ execution: SFNExecution) throws {
        let took = ElapsedText.span((execution.stopDate ?? .now()).secondsElapsed(since: execution.startDate))
        let record = try session.experimentRecord(of: id)
        if execution.status == "SUCCEEDED" {
            Console.progress("experiment \(id) SUCCEEDED in \(took)")
            if let key = record?.report?.reportKey {
                Console.progress("report: s3://\(session.configuration.resultsBucket)/\(key) (`lab report \(id)` fetches it; `lab results \(id)` prints the numbers)")
            }
            return
        }
        var reason = execution.error ?? record?.failure?.error ?? "no error recorded"
        if let cause = execution.cause ?? record?.failure?.cause, !cause.isEmpty { reason += " — " + ExecutionStory.readableCause(cause) }
        throw LabCLIError(
            code: .experimentFailed,
            message: "experiment \(id) \(execution.status) after \(took): \(reason) (`lab logs \(id)` tells the whole story; `lab status \(id)` shows what was left)")
    }

    /// Says how to follow the experiment and exits 130, as a shell expects after Ctrl-C.
    private func interrupted(by signal: Int32) throws -> Never {
        display.clearStatus()
        Console.progress("")
        Console.progress("interrupted (\(InterruptSignal.name(signal))): experiment \(id) keeps running (only the waiting stopped). Follow it with:")
        Console.progress("  lab status \(id)")
        Console.progress("  lab logs \(id)")
        Console.progress("  console: \(session.consoleURL(executionArn: executionArn))")
        throw ExitCode(130)
    }
}
