/// Where an experiment's objects live in the results bucket (`docs/stages.md`, "S3 layout").
public struct ExperimentKeys: Sendable, Hashable {
    public let experimentID: String

    public init(experimentID: String) {
        self.experimentID = experimentID
    }

    public var prefix: String { "experiments/\(experimentID)/" }
    public var spec: String { prefix + "spec.json" }
    public var cluster: String { prefix + "cluster.json" }

    public func workloadPrefix(index: Int, name: String) -> String { prefix + "workloads/\(index)-\(name)/" }
    public func workloadYAML(index: Int, name: String) -> String { workloadPrefix(index: index, name: name) + "workload.yaml" }
    public func driverYAML(index: Int, name: String) -> String { workloadPrefix(index: index, name: name) + "driver.yaml" }
    public func result(index: Int, name: String) -> String { workloadPrefix(index: index, name: name) + "result.json" }
    public func benchmarkLog(index: Int, name: String) -> String { workloadPrefix(index: index, name: name) + "benchmark.log" }
    public func summary(index: Int, name: String) -> String { workloadPrefix(index: index, name: name) + "summary.json" }

    public var reportHTML: String { prefix + "report/index.html" }
    public var reportMarkdown: String { prefix + "report/summary.md" }
    public var reportCSV: String { prefix + "report/results.csv" }
}
