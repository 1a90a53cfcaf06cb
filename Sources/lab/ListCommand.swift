import ArgumentParser

/// `lab list [--plan P] [--status S] [--since DATE]`: recent experiments. Needs the deployed lab.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List experiments (needs the deployed lab; not available yet in this build).")

    @Option(help: "Only experiments of this nightly plan.")
    var plan: String?

    @Option(help: "Only experiments in this state (RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED).")
    var status: String?

    @Option(help: "Only experiments started at or after this time (RFC 3339, or a duration such as 7d).")
    var since: String?

    func run() throws {
        throw DeployedLab.unavailable("lab list")
    }
}
