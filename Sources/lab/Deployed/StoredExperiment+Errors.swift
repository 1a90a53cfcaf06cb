extension StoredExperiment {
    /// The error for a command that needs results this experiment does not have (yet).
    func noResults(for command: String) -> LabCLIError {
        if isRunning {
            return LabCLIError(code: .notFound, message: "experiment \(id) has no results yet: it is \(statusDescription); lab status \(id) follows it, then run lab \(command) \(id) again")
        }
        let ran = runs.isEmpty ? "no workload ran" : "\(runs.count) workload\(runs.count == 1 ? "" : "s") started, none has a summary"
        return LabCLIError(code: .notFound, message: "experiment \(id) has no results: it ended \(statusDescription) and \(ran); lab logs \(id) tells what happened")
    }

    /// The error for `lab report ID` when collect-results has not stored a report (yet).
    func noReport() -> LabCLIError {
        if isRunning {
            return LabCLIError(code: .notFound, message: "experiment \(id) has no report yet: it is \(statusDescription); lab status \(id) follows it, then run lab report \(id) again")
        }
        return LabCLIError(code: .notFound, message: "experiment \(id) has no report: it ended \(statusDescription) before the report stage; lab results \(id) shows any workload results, lab logs \(id) what happened")
    }
}
