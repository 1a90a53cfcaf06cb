/// One workload's result as a report shows it: the parsed OMB result, its summary, whether its numbers are
/// simulated, and where the file came from.
public struct ReportedWorkload: Sendable, Hashable {
    /// The result file's path or S3 key.
    public var source: String
    public var result: OMBResult
    public var summary: WorkloadSummary
    /// Set when the emulated lab synthesised the result.
    public var simulation: SimulationStamp?

    /// - Parameter targetRate: the workload's `producerRate` when known (OMB result files do not record it).
    public init(source: String, result: OMBResult, targetRate: Int?, simulation: SimulationStamp?) {
        self.source = source
        self.result = result
        summary = WorkloadSummary(result: result, targetRate: targetRate)
        self.simulation = simulation
    }

    /// The workload's name.
    public var name: String { result.workload }
}
