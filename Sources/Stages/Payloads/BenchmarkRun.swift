/// run-benchmark's output in "start" mode: the SSM command that runs the workload on the client node and where
/// its files are in the results bucket. The state machine waits `expectedSeconds`, then checks the command.
public struct BenchmarkRun: Codable, Sendable, Hashable {
    public var commandId: String
    /// S3 keys (results bucket) of the OMB workload and driver files run-benchmark rendered.
    public var workloadKey: String
    public var driverKey: String
    /// Where the node's benchmark runner uploads OMB's result and its log.
    public var resultKey: String
    public var logKey: String
    /// How long the run should take (warm-up, test, backlog phases and JVM start); the Wait before the first check.
    public var expectedSeconds: Int
    /// When the command was sent, RFC 3339.
    public var startedAt: String

    public init(
        commandId: String, workloadKey: String, driverKey: String, resultKey: String, logKey: String, expectedSeconds: Int,
        startedAt: String
    ) {
        self.commandId = commandId
        self.workloadKey = workloadKey
        self.driverKey = driverKey
        self.resultKey = resultKey
        self.logKey = logKey
        self.expectedSeconds = expectedSeconds
        self.startedAt = startedAt
    }
}
