import LabCore

extension CompareSource {
    /// Reads every argument: an existing file (or `-`) as an OMB result, else an experiment id from the deployed
    /// lab (only then is AWS configured, so comparing files needs no lab), else a missing file.
    static func load(_ arguments: [String], workload: String?) throws(LabCLIError) -> [CompareSource] {
        var session: LabSession?
        var sources: [CompareSource] = []
        for argument in arguments {
            if argument == "-" || FileAccess.exists(argument) || !ExperimentID.isValid(argument) {
                sources.append(CompareSource(label: argument, workloads: [try ReportCommand.load(argument, targetRate: nil).summary], isExperiment: false))
                continue
            }
            if session == nil { session = try LabSession.fromProcess() }
            let lab = session!
            let experiment = try lab.recordedExperiment(argument)
            guard !experiment.runsWithResults.isEmpty else { throw experiment.noResults(for: "compare") }
            var runs = experiment.runsWithResults
            if let workload {
                runs = runs.filter { $0.name == workload || $0.folder == workload }
                guard !runs.isEmpty else {
                    throw LabCLIError(
                        code: .invalidArguments,
                        message: "experiment \(argument) has no results for workload \(workload); it has \(experiment.runsWithResults.map(\.name).joined(separator: ", "))")
                }
            }
            var filtered = experiment
            filtered.runs = runs
            if experiment.isRunning {
                Console.progress("note: experiment \(argument) is \(experiment.statusDescription): comparing the \(runs.count) workload(s) with results so far")
            }
            sources.append(CompareSource(label: argument, workloads: try lab.reportedWorkloads(of: filtered).map(\.summary), isExperiment: true))
        }
        return sources
    }

    /// The tables to print: one for runs of one workload each (compared as they are, as files always were);
    /// otherwise one per workload name that at least two runs have, in the order the last run lists them.
    ///
    /// - Throws: `.invalidArguments` when no workload is in two runs, naming what each run has.
    static func groups(_ sources: [CompareSource], workload: String?) throws(LabCLIError) -> [Group] {
        if sources.allSatisfy({ $0.workloads.count == 1 }) {
            return [Group(workload: nil, labels: sources.map(\.label), summaries: sources.map { $0.workloads[0] })]
        }
        var names: [String] = []
        for source in sources.reversed() {
            for summary in source.workloads where !names.contains(summary.workload) { names.append(summary.workload) }
        }
        var groups: [Group] = []
        var alone: [String] = []
        for name in names {
            let having = sources.compactMap { source in source.workloads.first { $0.workload == name }.map { (source.label, $0) } }
            guard having.count >= 2 else {
                alone.append("note: workload \(name) is only in \(having.map(\.0).joined(separator: ", ")): nothing to compare it with")
                continue
            }
            groups.append(Group(workload: name, labels: having.map(\.0), summaries: having.map(\.1)))
        }
        // Said only when something is compared: an error is one line.
        if !groups.isEmpty { alone.forEach(Console.progress) }
        guard !groups.isEmpty else {
            let held = sources.map { "\($0.label) has \($0.workloads.map(\.workload).joined(separator: ", "))" }.joined(separator: "; ")
            throw LabCLIError(
                code: .invalidArguments,
                message: "no workload is in two of the runs (\(held)): compare experiments that ran the same workloads, or pick one of each with --workload NAME and files of that workload")
        }
        return groups
    }
}
