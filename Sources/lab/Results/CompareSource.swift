import LabCore

/// One argument of `lab compare`: an OMB result file (one workload) or an experiment (each workload with a
/// result), with the label its column gets.
struct CompareSource {
    var label: String
    /// The workloads of this run: one for a file.
    var workloads: [WorkloadSummary]
    var isExperiment: Bool

    /// One table of the comparison: the runs of one workload (`workload` nil when every source has one, so
    /// they are compared as they are, as with files), oldest first.
    struct Group {
        var workload: String?
        var labels: [String]
        var summaries: [WorkloadSummary]
    }
}
