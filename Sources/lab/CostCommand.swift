import ArgumentParser

/// `lab cost ID`: the estimate next to Cost Explorer's actual cost. Needs the deployed lab (for the estimate
/// alone, offline, use `lab plan`).
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost", abstract: "Estimated and actual cost of an experiment (needs the deployed lab; not available yet in this build).")

    @Argument(help: "The experiment id.")
    var id: String

    func run() throws {
        throw DeployedLab.unavailable("lab cost")
    }
}
