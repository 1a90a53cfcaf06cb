import ArgumentParser
import LabCore

/// `lab results ID [--json|--csv]`: an experiment's per-workload results, from the summaries its record holds
/// (the figures of each workload's `summary.json`).
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", abstract: "Print an experiment's results: one row per workload (needs the deployed lab).",
        discussion: """
            The figures are the summaries collect-results recorded (the same as each workload's summary.json): target and \
            achieved rate, consume rate, publish and end-to-end latency percentiles, error rate, backlog. --json prints them \
            as JSON, --csv the report's results.csv (the columns of docs/reports.md). An experiment still running shows the \
            workloads finished so far, or says it has none yet.
            """)

    @Argument(help: "The experiment id.")
    var id: String

    @Flag(help: "As JSON: the experiment's status and each workload's summary.")
    var json = false

    @Flag(help: "As CSV (the report's results.csv: workload, metric, statistic, unit, value, simulated).")
    var csv = false

    func run() throws {
        if json && csv {
            throw LabCLIError(code: .invalidArguments, message: "--json and --csv cannot be used together: pick one")
        }
        let session = try LabSession.fromProcess()
        let experiment = try session.recordedExperiment(id)
        let runs = experiment.runsWithResults
        guard !runs.isEmpty else { throw experiment.noResults(for: "results") }
        if runs.count < max(experiment.plannedWorkloads.count, experiment.runs.count) || experiment.isRunning {
            Console.progress("note: experiment \(id) is \(experiment.statusDescription): \(runs.count) of \(max(experiment.plannedWorkloads.count, experiment.runs.count)) workloads have results")
        }
        if json {
            Console.output(ResultsDocument.render(experiment))
        } else if csv {
            Console.output(try Self.csv(experiment, session: session))
        } else {
            Console.output(ResultsTable.render(experiment))
        }
    }

    /// The stored results.csv when the report exists and covers every workload with results; otherwise the
    /// same columns rendered here from the result files (an experiment still running, or one whose report
    /// stage failed).
    static func csv(_ experiment: StoredExperiment, session: LabSession) throws(LabCLIError) -> String {
        if let report = experiment.report, !experiment.isRunning,
           let bytes = try session.resultsObjectIfPresent(report.csvKey, what: "the report's CSV") {
            return String(decoding: bytes, as: UTF8.self)
        }
        Console.progress("note: \(experiment.id) has no stored results.csv yet; rendering the same columns from its result files")
        let workloads = try session.reportedWorkloads(of: experiment)
        return CSVReport.render(ExperimentReport(provenance: ReportProvenance.offline(file: experiment.id), workloads: workloads))
    }
}
