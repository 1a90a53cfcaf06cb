import ArgumentParser
import Foundation
import LabCore

/// `lab compare ID|FILE ID|FILE…`: runs of one workload side by side, the last judged against the others with
/// the nightly verdict's rule (docs/reports.md). Experiment ids come from the deployed lab: their workloads'
/// result files, read again from S3 (Results/CompareSource+Loading.swift).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare runs side by side (OMB result files or experiment ids): the last against the ones before it, with deltas and a verdict.",
        discussion: """
            Give the runs oldest first: the last is judged against the median of the others with the nightly regression \
            rule (a verdict needs at least 3 earlier runs; with fewer the deltas are shown and the verdict is \
            "insufficient history"). Prints a Markdown table on stdout. A run is an OMB result file or an experiment id \
            (needs the deployed lab): an experiment's workloads are read from their result files in S3. When an \
            experiment ran several workloads, each workload is compared with the runs of the same name (one table \
            each); --workload NAME compares only that one.
            """)

    @Argument(help: "OMB result JSON files or experiment ids, oldest first (at least two).")
    var runs: [String] = []

    @Option(help: "With experiments of several workloads: compare only this workload.")
    var workload: String?

    @Flag(help: "Exit 3 when the last run regressed (for scripts and CI).")
    var failOnRegression = false

    func run() throws {
        guard runs.count >= 2 else {
            throw LabCLIError(code: .invalidArguments, message: "lab compare needs at least two result files or experiment ids (oldest first), got \(runs.count)")
        }
        let sources = try CompareSource.load(runs, workload: workload)
        let groups = try CompareSource.groups(sources, workload: workload)
        var regressed: [String] = []
        for (position, group) in groups.enumerated() {
            let comparison = RunComparison(labels: group.labels, runs: group.summaries)
            if let names = comparison.differingWorkloadNames {
                Console.progress("note: the runs hold different workloads (\(names.joined(separator: ", "))); comparing them as runs of one workload")
            }
            if let name = group.workload {
                if position > 0 { Console.output("\n") }
                Console.output("# Workload \(name)\n\n" + Self.demoted(comparison.markdown()))
            } else {
                Console.output(comparison.markdown())
            }
            if comparison.verdict.verdict == .regressed {
                let reasons = comparison.verdict.notableMetrics.filter { $0.verdict == .regressed }.map(\.metric.label)
                regressed.append("\(group.labels[group.labels.count - 1])\(group.workload.map { " (\($0))" } ?? "") regressed (\(reasons.joined(separator: ", "))) against \(group.labels.count - 1) earlier runs")
            }
        }
        if failOnRegression && !regressed.isEmpty {
            throw LabCLIError(code: .regressed, message: regressed.joined(separator: "; "))
        }
    }

    /// Markdown headings one level down (`# Comparison` under `# Workload NAME`).
    static func demoted(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("#") ? "#" + $0 : String($0) }
            .joined(separator: "\n")
    }
}
