import Foundation
import Testing

@Suite("lab --help")
struct HelpTests {
    @Test("--help lists every command of the issue")
    func helpListsEveryCommand() throws {
        let outcome = try LabProcess.run(["--help"])
        #expect(outcome.status == 0, "\(outcome)")
        for command in ["run", "status", "list", "logs", "results", "report", "compare", "cleanup", "cost", "plan", "ami"] {
            #expect(outcome.stdout.contains("  \(command) "), "missing \(command): \(outcome)")
        }
    }
}
