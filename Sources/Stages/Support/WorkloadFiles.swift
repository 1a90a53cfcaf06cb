import LabCore

/// Where one workload's files live in the results bucket (docs/stages.md, "S3 layout"):
/// `experiments/<id>/workloads/<index>-<name>/…`, with `<name>` the workload's name made safe for S3 keys and
/// the node's shell (`Workload.storageKey` without its position: lowercase letters, digits and single `-`).
/// An OMB name such as `1 topic / 16 partitions / 1Kb` becomes `0-1-topic-16-partitions-1kb`.
public struct WorkloadFiles: Sendable, Hashable {
    public let index: Int
    /// `<index>-<name>`: the workload's folder, and its key in the record's `workloads` map.
    public let folder: String
    public let workload: String
    public let driver: String
    public let result: String
    public let log: String
    public let summary: String
    /// Where SSM copies the benchmark command's whole stdout and stderr (`OutputS3KeyPrefix`).
    public let commandOutputPrefix: String

    public init(keys: ExperimentKeys, index: Int, workloadName: String) {
        let name = Self.safeName(index: index, workloadName: workloadName)
        self.index = index
        folder = "\(index)-\(name)"
        workload = keys.workloadYAML(index: index, name: name)
        driver = keys.driverYAML(index: index, name: name)
        result = keys.result(index: index, name: name)
        log = keys.benchmarkLog(index: index, name: name)
        summary = keys.summary(index: index, name: name)
        commandOutputPrefix = keys.workloadPrefix(index: index, name: name) + "ssm"
    }

    /// The slug of `Workload.storageKey(index:)` (`w01-<slug>`), or `workload` for a name without letters or digits.
    static func safeName(index: Int, workloadName: String) -> String {
        let storageKey = Workload(name: workloadName).storageKey(index: index)
        guard let dash = storageKey.firstIndex(of: "-") else { return "workload" }
        return String(storageKey[storageKey.index(after: dash)...])
    }
}
