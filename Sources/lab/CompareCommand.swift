import ArgumentParser
import Foundation
import LabCore

/// `lab compare FILE FILE…`: runs of one workload side by side, the last judged against the others with the
/// nightly verdict's rule (docs/reports.md). Experiment ids need the deployed lab.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare OMB result files side by side: the last one against the ones before it, with deltas and a verdict.",
        discussion: """
            Give the files oldest first: the last is judged against the median of the others with the nightly regression \
            rule (a verdict needs at least 3 earlier files; with fewer the deltas are shown and the verdict is \
            "insufficient history"). Prints a Markdown table on stdout. Experiment ids need the deployed lab and are not \
            available yet in this build.
            """)

    @Argument(help: "OMB result JSON files, oldest first (at least two).")
    var runs: [String] = []

    @Flag(help: "Exit 3 when the last run regressed (for scripts and CI).")
    var failOnRegression = false

    func run() throws {
        guard runs.count >= 2 else {
            throw LabCLIError(code: .invalidArguments, message: "lab compare needs at least two result files (oldest first), got \(runs.count)")
        }
        var summaries: [WorkloadSummary] = []
        for run in runs {
            if !FileAccess.exists(run) && run != "-" && ExperimentID.isValid(run) {
                throw DeployedLab.unavailable("comparing experiment ids (lab compare \(run))")
            }
            summaries.append(try ReportCommand.load(run, targetRate: nil).summary)
        }
        let comparison = RunComparison(labels: runs, runs: summaries)
        if let names = comparison.differingWorkloadNames {
            Console.progress("note: the files hold different workloads (\(names.joined(separator: ", "))); comparing them as runs of one workload")
        }
        Console.output(comparison.markdown())
        if failOnRegression && comparison.verdict.verdict == .regressed {
            let reasons = comparison.verdict.notableMetrics.filter { $0.verdict == .regressed }.map(\.metric.label)
            throw LabCLIError(code: .regressed, message: "\(runs[runs.count - 1]) regressed (\(reasons.joined(separator: ", "))) against \(runs.count - 1) earlier runs")
        }
    }
}
