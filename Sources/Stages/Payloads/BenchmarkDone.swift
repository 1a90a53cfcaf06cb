/// run-benchmark's output in "check" mode once the command succeeded (OMB exited 0 and the runner uploaded
/// what it had).
public struct BenchmarkDone: Codable, Sendable, Hashable {
    public var commandId: String
    /// SSM's final status: `Success`.
    public var status: String
    /// The runner's exit status (OMB's): 0.
    public var exitCode: Int
    /// Seconds from `BenchmarkRun.startedAt` to this check (an upper bound of the run's duration).
    public var elapsedSeconds: Int
    public var resultKey: String
    public var logKey: String

    public init(commandId: String, status: String, exitCode: Int, elapsedSeconds: Int, resultKey: String, logKey: String) {
        self.commandId = commandId
        self.status = status
        self.exitCode = exitCode
        self.elapsedSeconds = elapsedSeconds
        self.resultKey = resultKey
        self.logKey = logKey
    }
}
