import ArgumentParser
import AWSServices

/// `lab logs ID`: the execution's story as lines, one event per line, from `GetExecutionHistory`.
struct LogsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs", abstract: "Show an experiment's execution history as lines: states, retries, waits, failures.",
        discussion: """
            One event per line: the time, the offset from the execution's start, and what happened — a state entered or \
            exited (with how long it took), a retry (with its reason and the wait before it), a failure (error and \
            cause), a wait, a Map item, the end. The functions' own logs are in CloudWatch Logs (the lab config's \
            logGroups).
            """)

    @Argument(help: "The experiment id.")
    var id: String

    func run() throws {
        let session = try LabSession.fromProcess()
        let experiment = try session.findExperiment(id)
        guard experiment.execution != nil else {
            throw LabCLIError(
                code: .notFound,
                message: "experiment \(id) is recorded, but its execution \(experiment.executionArn) no longer exists (Step Functions keeps a closed execution's history for 90 days); `lab status \(id)` shows what the record holds")
        }
        let events = try session.call("reading the history of \(experiment.executionArn)") {
            try session.stepFunctions.getFullExecutionHistory(GetExecutionHistoryRequest(
                executionARN: experiment.executionArn, maxResults: 1000, includeExecutionData: true))
        }
        var story = ExecutionStory()
        let lines = story.add(events.sorted { $0.id < $1.id })
        Console.output(lines.map { story.logLine($0) + "\n" }.joined())
    }
}
