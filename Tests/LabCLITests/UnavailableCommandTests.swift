import Foundation
import Testing

@Suite("Commands that need the deployed lab say so and do not pretend")
struct UnavailableCommandTests {
    @Test("Each exits 69 with one line naming the command, and prints nothing on stdout",
          arguments: [["ami", "list"], ["ami", "delete", "ami-0123"]])
    func unavailable(_ arguments: [String]) throws {
        let outcome = try LabProcess.run(arguments)
        #expect(outcome.status == 69, "\(outcome)")
        #expect(outcome.stdout.isEmpty, "\(outcome)")
        #expect(outcome.stderrLines.count == 1, "\(outcome)")
        let command = "lab " + arguments.prefix(arguments[0] == "ami" ? 2 : 1).joined(separator: " ")
        #expect(outcome.stderr.hasPrefix("error: \(command) needs the deployed lab"), "\(outcome)")
        #expect(outcome.stderr.contains("not available yet in this build"))
    }

    @Test("--help lists every command of the issue")
    func helpListsEveryCommand() throws {
        let outcome = try LabProcess.run(["--help"])
        #expect(outcome.status == 0, "\(outcome)")
        for command in ["run", "status", "list", "logs", "results", "report", "compare", "cleanup", "cost", "plan", "ami"] {
            #expect(outcome.stdout.contains("  \(command) "), "missing \(command): \(outcome)")
        }
    }
}
