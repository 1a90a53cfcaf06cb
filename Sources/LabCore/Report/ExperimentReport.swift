/// Everything one report shows: provenance, each workload's result and summary, and for a nightly run the
/// verdict against the plan's recent runs (which then leads the report). Rendered by `HTMLReport`,
/// `MarkdownReport` and `CSVReport`.
public struct ExperimentReport: Sendable, Hashable {
    public var provenance: ReportProvenance
    /// In run order.
    public var workloads: [ReportedWorkload]
    /// The nightly regression verdict; nil outside nightly plans.
    public var nightly: NightlyComparison?

    public init(provenance: ReportProvenance, workloads: [ReportedWorkload], nightly: NightlyComparison? = nil) {
        self.provenance = provenance
        self.workloads = workloads
        self.nightly = nightly
    }

    /// Whether any number in the report comes from the emulated lab's simulation.
    public var isSimulated: Bool {
        provenance.simulation != nil || workloads.contains { $0.simulation != nil }
    }

    /// The simulation models named by the experiment and its results, without repeats, in order.
    public var simulationModels: [String] {
        var models: [String] = []
        for model in [provenance.simulation?.model] + workloads.map(\.simulation?.model) {
            if let model, !models.contains(model) { models.append(model) }
        }
        return models
    }

    /// The workloads whose results are simulated, by name.
    public var simulatedWorkloads: [String] {
        workloads.filter { $0.simulation != nil || provenance.simulation != nil }.map(\.name)
    }
}
