import Foundation
import Testing

/// `lab results`, `report ID`, `compare ID…` and `cost` need the deployed lab: without a configuration they say
/// how to get one in one line (exit 78), and print nothing on stdout. (Against the emulated lab:
/// scripts/tests/cli/test_lab_results.py and its siblings.)
@Suite("The experiment commands without a lab configuration")
struct DeployedCommandsWithoutLabTests {
    @Test("Each exits 78 with one line saying how to configure the lab",
          arguments: [["results", "exp-1"], ["results", "exp-1", "--csv"], ["report", "exp-1"], ["report", "exp-1", "-o", "out/"],
                      ["compare", "exp-a1", "exp-b1"], ["cost", "exp-1"]])
    func withoutConfiguration(_ arguments: [String]) throws {
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try LabProcess.run(arguments, in: directory)
        #expect(outcome.status == 78, "\(outcome)")
        #expect(outcome.stdout.isEmpty, "\(outcome)")
        #expect(outcome.stderrLines.count == 1 && outcome.stderr.hasPrefix("error: no lab configuration"), "\(outcome)")
        #expect(outcome.stderr.contains("LAB_CONFIG") && outcome.stderr.contains("scripts/deploy"), "\(outcome)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path), "nothing written: \(outcome)")
    }

    @Test("Arguments that cannot work together fail before any configuration is read (exit 64)")
    func invalidArguments() throws {
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let both = try LabProcess.run(["results", "exp-1", "--json", "--csv"], in: directory)
        #expect(both.status == 64 && both.stderrLines == ["error: --json and --csv cannot be used together: pick one"], "\(both)")
        let rate = try LabProcess.run(["report", "exp-1", "--target-rate", "100"], in: directory)
        #expect(rate.status == 64 && rate.stderrLines.count == 1 && rate.stderr.contains("--target-rate is for --input files"), "\(rate)")
        let one = try LabProcess.run(["compare", "exp-1"], in: directory)
        #expect(one.status == 64 && one.stderrLines.count == 1, "\(one)")
    }
}
