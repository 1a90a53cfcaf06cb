import LambdaRuntime

/// The named errors of the lifecycle, as Step Functions sees them (`docs/stages.md`).
///
/// Every message says which experiment, which stage, what failed and what to do, because it becomes the
/// Cause of a failed execution in the console.
public struct StageError: LambdaNamedError, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        case invalidExperimentSpec = "InvalidExperimentSpec"
        case amiNotFound = "AmiNotFound"
        case capacityUnavailable = "CapacityUnavailable"
        case launchFailed = "LaunchFailed"
        case clusterNotReady = "ClusterNotReady"
        case clusterFailed = "ClusterFailed"
        case readinessTimedOut = "ReadinessTimedOut"
        case benchmarkRunning = "BenchmarkRunning"
        case benchmarkFailed = "BenchmarkFailed"
        case resultsMissing = "ResultsMissing"
        case resultsInvalid = "ResultsInvalid"
        case teardownIncomplete = "TeardownIncomplete"
        /// The function itself is misconfigured (a missing environment variable, an unreadable input).
        case configurationError = "ConfigurationError"
    }

    public var code: Code
    public var stage: Stage
    public var experimentID: String?
    public var message: String
    public var underlying: (any Error)?

    public init(_ code: Code, stage: Stage, experimentID: String?, _ message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.stage = stage
        self.experimentID = experimentID
        self.message = message
        self.underlying = underlying
    }

    public var errorType: String { code.rawValue }

    /// `apply-infra (experiment exp-1): …`
    public var errorMessage: String {
        let subject = experimentID.map { "\(stage.rawValue) (experiment \($0))" } ?? stage.rawValue
        return "\(subject): \(message)"
    }

    public var description: String { "\(code.rawValue): \(errorMessage)" }
}

/// The lifecycle stages, named as their functions are.
public enum Stage: String, Sendable, CaseIterable, Codable {
    case validateAMI = "validate-ami"
    case applyInfra = "apply-infra"
    case pollReadiness = "poll-readiness"
    case runBenchmark = "run-benchmark"
    case collectResults = "collect-results"
    case teardown
    case janitor
}
