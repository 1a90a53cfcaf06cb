import ArgumentParser
import AWSCore

/// `lab status ID`: one experiment, from its execution and its record.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show an experiment: status, stages, timings, readiness, workloads, report, failure.",
        discussion: "From the execution (Step Functions) and the experiment's record (DynamoDB). --json prints both as they are.")

    @Argument(help: "The experiment id.")
    var id: String

    @Flag(help: "Print the execution and the raw record as JSON.")
    var json = false

    func run() throws {
        let session = try LabSession.fromProcess()
        let experiment = try session.findExperiment(id)
        if json {
            Console.output(StatusText.json(experiment))
        } else {
            Console.output(StatusText.render(
                experiment, resultsBucket: session.configuration.resultsBucket,
                consoleURL: session.consoleURL(executionArn: experiment.executionArn), now: .now(),
                timeFactor: session.configuration.timeFactor))
        }
    }
}
