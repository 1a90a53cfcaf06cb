import Foundation
import Testing

@Suite("lab report --input: any OMB result file to HTML, Markdown and CSV, offline")
struct ReportCommandTests {
    /// Runs `lab report --input FILE -o DIR/` and checks the three files it must write.
    static func checkAllThreeFormats(_ input: URL, extra: [String] = []) throws {
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try LabProcess.run(["report", "--input", input.path, "-o", directory.path + "/"] + extra)
        #expect(outcome.status == 0, "\(input.lastPathComponent): \(outcome)")
        let name = input.deletingPathExtension().lastPathComponent
        let html = try String(contentsOf: directory.appendingPathComponent(name + ".html"), encoding: .utf8)
        let markdown = try String(contentsOf: directory.appendingPathComponent(name + ".md"), encoding: .utf8)
        let csv = try String(contentsOf: directory.appendingPathComponent(name + ".csv"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"), "\(input.lastPathComponent)")
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3, "\(input.lastPathComponent): expected 3 charts")
        #expect(html.contains("data-samples=\""))
        #expect(markdown.hasPrefix("# Benchmark report: "), "\(input.lastPathComponent)")
        #expect(csv.hasPrefix("workload,metric,statistic,unit,value,simulated\r\n"), "\(input.lastPathComponent)")
        #expect(outcome.stdout.isEmpty, "data went to files; stdout should be empty: \(outcome)")
        #expect(outcome.stderrLines.filter { $0.hasPrefix("wrote ") }.count == 3, "\(outcome)")
    }

    @Test("The repository's own fixtures: all three formats written to a directory")
    func ownFixtures() throws {
        for fixture in CLITestData.ownFixtures { try Self.checkAllThreeFormats(fixture) }
    }

    @Test("Every file in ../shared/testdata/omb/results: all three formats written",
          .enabled(if: CLITestData.sharedResults != nil, CLITestData.sharedSkipReason))
    func sharedResults() throws {
        let files = try CLITestData.sharedResultFiles()
        #expect(files.count >= 3, "\(files)")
        for file in files { try Self.checkAllThreeFormats(file) }
    }

    @Test("-o FILE picks the format from the extension; --format to stdout; the target rate marks saturation")
    func formatsAndDestinations() throws {
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("r.html")
        let written = try LabProcess.run(["report", "--input", CLITestData.modernSaturated.path, "-o", html.path, "--target-rate", "1000"])
        #expect(written.status == 0, "\(written)")
        #expect(try String(contentsOf: html, encoding: .utf8).contains("SATURATED"))
        let csv = try LabProcess.run(["report", "--input", CLITestData.modernSaturated.path, "--format", "csv", "--target-rate", "1000"])
        #expect(csv.status == 0 && csv.stdout.contains("throughput,saturated,flag,1,false"), "\(csv)")
        let markdown = try LabProcess.run(["report", "--input", CLITestData.legacyOnTarget.path])
        #expect(markdown.stdout.hasPrefix("# Benchmark report: legacy-on-target.json"), "\(markdown)")
        #expect(markdown.stdout.contains("Not known: Experiment"), "offline provenance must say what is unknown: \(markdown)")
    }

    @Test("A simulated result carries the banner and says so on stderr")
    func simulatedBanner() throws {
        let outcome = try LabProcess.run(["report", "--input", CLITestData.simulatedSteady.path, "--format", "html"])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.stdout.contains("<strong>SIMULATED</strong>"))
        #expect(outcome.stderr.contains("SIMULATED"), "\(outcome)")
    }

    @Test("Failures are one line on stderr and a non-zero exit: missing file, not a result, unknown extension")
    func failures() throws {
        let missing = try LabProcess.run(["report", "--input", "/nonexistent/omb.json"])
        #expect(missing.status == 1 && missing.stderrLines == ["error: /nonexistent/omb.json does not exist; check the path"], "\(missing)")
        #expect(missing.stdout.isEmpty)
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let notResult = directory.appendingPathComponent("spec.json")
        try Data(#"{"workloads": []}"#.utf8).write(to: notResult)
        let invalid = try LabProcess.run(["report", "--input", notResult.path])
        #expect(invalid.status == 1 && invalid.stderrLines.count == 1, "\(invalid)")
        #expect(invalid.stderr.contains("is not a complete OMB result") && invalid.stderr.contains("publishRate is missing"), "\(invalid)")
        let unknownExtension = try LabProcess.run(["report", "--input", CLITestData.modernSaturated.path, "-o", directory.appendingPathComponent("r.pdf").path])
        #expect(unknownExtension.status == 64 && unknownExtension.stderrLines.count == 1, "\(unknownExtension)")
        #expect(unknownExtension.stderr.contains("end the name in .html, .md or .csv"))
        let fileAsID = try LabProcess.run(["report", CLITestData.legacyOnTarget.path])
        #expect(fileAsID.status == 64 && fileAsID.stderrLines.count == 1 && fileAsID.stderr.contains("lab report --input"), "\(fileAsID)")
        let byID = try LabProcess.run(["report", "exp-20251126-142501-k3x9qa"], in: directory)
        #expect(byID.status == 78 && byID.stderrLines.count == 1 && byID.stderr.contains("no lab configuration"), "an id needs the deployed lab: \(byID)")
    }
}
