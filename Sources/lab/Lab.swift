import ArgumentParser
import Foundation

/// `lab`: the Pulsar AWS Lab command line. Most commands talk to the deployed lab (its configuration and the
/// caller's AWS credentials: `LabSession`); `report --input`, `compare FILE…` and `plan` work offline. docs/cli.md
/// describes every command.
///
/// Output: data on stdout, progress and errors on stderr; an error is one line (`error: …`) and a non-zero
/// exit (see `LabCLIError.exitCode`).
///
/// Layout: the commands here; their helpers in folders named for what they serve: `Experiments/` (run, status,
/// list, logs, cleanup, plan), `Results/` (results, report, compare, cost), `AMI/` (the `lab ami` commands and
/// theirs), `Deployed/` (the lab's configuration, the session, the experiment record and finding an experiment),
/// `Support/` (what every command uses: errors, console, files, tables, JSON, durations, signals).
@main
struct Lab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Run Apache Pulsar benchmark experiments on AWS and read their reports.",
        discussion: """
            The deployed lab is found through LAB_CONFIG or terraform/lab-config.json (scripts/deploy writes it; \
            scripts/local-lab serve prints one for the emulated lab), with the usual AWS credentials. Offline, no AWS \
            needed: report --input, compare FILE…, plan. Data goes to stdout, progress to stderr; an error is one line \
            and a non-zero exit. Every command: docs/cli.md.
            """,
        subcommands: [
            RunCommand.self, StatusCommand.self, ListCommand.self, LogsCommand.self, ResultsCommand.self,
            ReportCommand.self, CompareCommand.self, CleanupCommand.self, CostCommand.self, PlanCommand.self,
            AMICommand.self,
        ])

    /// Runs the command; our own errors print as one line, ArgumentParser's (usage, `--help`) as it prints them.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as LabCLIError {
            Console.error("error: " + error.message)
            for detail in error.details { Console.error("  - " + detail) }
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
