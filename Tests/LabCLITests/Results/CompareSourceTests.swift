@testable import lab
import LabCore
import Testing

@Suite("lab compare with experiments: which runs go into which table")
struct CompareSourceTests {
    /// A summary of `workload` from the repository's fixture, renamed.
    static func summary(_ workload: String) throws -> WorkloadSummary {
        var summary = try ReportCommand.load(CLITestData.legacyOnTarget.path, targetRate: 500).summary
        summary.workload = workload
        return summary
    }

    @Test("Runs of one workload each make one table, labelled by argument, as files always did")
    func oneWorkloadEach() throws {
        let sources = [
            CompareSource(label: "exp-a1", workloads: [try Self.summary("w")], isExperiment: true),
            CompareSource(label: "run.json", workloads: [try Self.summary("w")], isExperiment: false),
        ]
        let groups = try CompareSource.groups(sources, workload: nil)
        #expect(groups.count == 1 && groups[0].workload == nil && groups[0].labels == ["exp-a1", "run.json"])
    }

    @Test("Experiments of several workloads: one table per workload two runs share, in the last run's order")
    func perWorkload() throws {
        let sources = [
            CompareSource(label: "multi-1", workloads: [try Self.summary("alpha"), try Self.summary("beta"), try Self.summary("gamma")], isExperiment: true),
            CompareSource(label: "multi-2", workloads: [try Self.summary("beta"), try Self.summary("alpha")], isExperiment: true),
        ]
        let groups = try CompareSource.groups(sources, workload: nil)
        #expect(groups.map(\.workload) == ["beta", "alpha"], "gamma is only in multi-1")
        #expect(groups.allSatisfy { $0.labels == ["multi-1", "multi-2"] })
    }

    @Test("No workload in two runs: an error that says what each run has and what to pass")
    func nothingShared() throws {
        let sources = [
            CompareSource(label: "multi-1", workloads: [try Self.summary("alpha"), try Self.summary("beta")], isExperiment: true),
            CompareSource(label: "single-1", workloads: [try Self.summary("short")], isExperiment: true),
        ]
        do {
            _ = try CompareSource.groups(sources, workload: nil)
            Issue.record("no error")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.message.contains("multi-1 has alpha, beta; single-1 has short") && error.message.contains("--workload NAME"), "\(error.message)")
        }
    }

    @Test("Headings of a per-workload table sit one level under the workload's")
    func demoted() {
        #expect(CompareCommand.demoted("# Comparison: x\n\n**Verdict**\n## y") == "## Comparison: x\n\n**Verdict**\n### y")
    }
}
