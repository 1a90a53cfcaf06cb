import ArgumentParser

/// `lab status ID`: where an experiment is. Needs the deployed lab.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show an experiment's state (needs the deployed lab; not available yet in this build).")

    @Argument(help: "The experiment id.")
    var id: String

    func run() throws {
        throw DeployedLab.unavailable("lab status")
    }
}
