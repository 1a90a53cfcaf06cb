import Foundation
import Testing

@Suite("lab compare: side by side with deltas and the regression rule")
struct CompareCommandTests {
    @Test("Two fixtures: every metric side by side with its change; two runs are too few for a verdict")
    func twoFixtures() throws {
        let outcome = try LabProcess.run(["compare", CLITestData.legacyOnTarget.path, CLITestData.modernSaturated.path])
        #expect(outcome.status == 0, "\(outcome)")
        let text = outcome.stdout
        // legacy publish p99 3.1 ms, modern 8.0 ms: +158.1 %; publish rate 500 → 900 msg/s: +80.0 %.
        #expect(text.contains("| publish latency p99 | lower | 3.10 ms | 8.00 ms | 3.10 ms | +158.1 % |"), "\(outcome)")
        #expect(text.contains("| publish rate | higher | 500.0 msg/s | 900.0 msg/s | 500.0 msg/s | +80.0 % |"), "\(outcome)")
        #expect(text.contains("**Verdict: insufficient history**"), "\(outcome)")
        #expect(outcome.stderr.contains("different workloads"), "the fixtures hold different workloads: \(outcome)")
    }

    @Test("Four runs, the last 20 % slower at p99: regressed; --fail-on-regression exits 3")
    func regressionAcrossFiles() throws {
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let runs = try [(1.0, "n1.json"), (1.04, "n2.json"), (0.97, "n3.json"), (1.2, "n4.json")].map { factor, name in
            try CLITestData.variant(of: CLITestData.legacyOnTarget, publishP99Factor: factor, named: name, in: directory)
        }
        let outcome = try LabProcess.run(["compare"] + runs.map(\.path))
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.stdout.contains("**Verdict: REGRESSED**: publish latency p99 +20.0 %"), "\(outcome)")
        let failing = try LabProcess.run(["compare", "--fail-on-regression"] + runs.map(\.path))
        #expect(failing.status == 3, "\(failing)")
        #expect(failing.stderrLines.count == 1 && failing.stderr.contains("regressed (publish latency p99)"), "\(failing)")
        let steady = try LabProcess.run(["compare", "--fail-on-regression"] + runs.dropLast().map(\.path) + [runs[0].path])
        #expect(steady.status == 0 && steady.stdout.contains("**Verdict: unchanged**"), "\(steady)")
    }

    @Test("Fewer than two files, a missing file, an experiment id: one line, non-zero exit")
    func failures() throws {
        let one = try LabProcess.run(["compare", CLITestData.legacyOnTarget.path])
        #expect(one.status == 64 && one.stderrLines.count == 1, "\(one)")
        let missing = try LabProcess.run(["compare", CLITestData.legacyOnTarget.path, "/nonexistent/b.json"])
        #expect(missing.status == 1 && missing.stderrLines == ["error: /nonexistent/b.json does not exist; check the path"], "\(missing)")
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ids = try LabProcess.run(["compare", "exp-a-1", "exp-b-2"], in: directory)
        #expect(ids.status == 78 && ids.stderrLines.count == 1 && ids.stderr.contains("no lab configuration"), "ids need the deployed lab: \(ids)")
    }
}
