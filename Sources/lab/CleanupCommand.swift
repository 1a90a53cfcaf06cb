import ArgumentParser

/// `lab cleanup [--experiment ID] [--dry-run]`: runs the janitor. Needs the deployed lab.
struct CleanupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleanup", abstract: "Run the janitor (needs the deployed lab; not available yet in this build).")

    @Option(help: "Only this experiment's resources.")
    var experiment: String?

    @Flag(help: "Say what would be deleted, delete nothing.")
    var dryRun = false

    func run() throws {
        throw DeployedLab.unavailable("lab cleanup")
    }
}
