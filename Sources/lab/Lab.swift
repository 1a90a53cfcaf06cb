import ArgumentParser
import Foundation

/// `lab`: the Pulsar AWS Lab command line. The offline commands (`report --input`, `compare FILE…`, `plan`)
/// work today; the commands that talk to the deployed lab are declared with their final interface and say
/// plainly that this build cannot run them yet.
///
/// Output: data on stdout, progress and errors on stderr; an error is one line (`error: …`) and a non-zero
/// exit (see `LabCLIError.exitCode`).
@main
struct Lab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Run Apache Pulsar benchmark experiments on AWS and read their reports.",
        discussion: """
            Available in this build (offline, no AWS needed): report --input, compare FILE…, plan.
            The other commands need the deployed lab and will arrive with the AWS clients.
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
