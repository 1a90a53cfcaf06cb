import ArgumentParser

/// `lab results ID [--json|--csv]`: an experiment's workload summaries. Needs the deployed lab.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: "Print an experiment's results (needs the deployed lab; not available yet in this build).")

    @Argument(help: "The experiment id.")
    var id: String

    @Flag(help: "As JSON.")
    var json = false

    @Flag(help: "As CSV (the report's CSV columns).")
    var csv = false

    func run() throws {
        throw DeployedLab.unavailable("lab results")
    }
}
