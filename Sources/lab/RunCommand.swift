import ArgumentParser

/// `lab run [SPEC.json] [--name ID] [--wait]`: validate locally, start the execution, print the console
/// link; with `--wait`, follow it. Needs the deployed lab.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Start an experiment (needs the deployed lab; not available yet in this build).")

    @Argument(help: "The experiment spec (JSON); none means {} (the dev profile's defaults).")
    var spec: String?

    @Option(help: "The experiment id (3–40 of a-z, 0-9 and -); generated when absent.")
    var name: String?

    @Flag(help: "Follow the experiment: stage, elapsed, retries, readiness per node, benchmark time left.")
    var wait = false

    func run() throws {
        throw DeployedLab.unavailable("lab run")
    }
}
