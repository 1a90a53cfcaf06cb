/// One entry of the record's `workloads` (validate-ami): a workload of the spec, before it runs.
struct StoredPlannedWorkload: Equatable {
    var index: Int
    var name: String
    /// How long the spec expects it to run.
    var expectedSeconds: Int?

    /// `<index>-<name>`, the folder its run will have.
    var folder: String { "\(index)-\(name)" }
}
