import ArgumentParser

/// `lab logs ID`: the execution's story as lines. Needs the deployed lab.
struct LogsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs", abstract: "Show an experiment's history (needs the deployed lab; not available yet in this build).")

    @Argument(help: "The experiment id.")
    var id: String

    func run() throws {
        throw DeployedLab.unavailable("lab logs")
    }
}
