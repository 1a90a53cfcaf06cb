import AWSCore
import JSONCoding
import LambdaRuntime

/// What one invocation of a stage knows about itself: which stage, which experiment, its logger and its
/// clock; and how a failed AWS call becomes a named `StageError` that says what the stage was doing.
public struct StageRun: Sendable {
    public var stage: Stage
    public var experimentID: String?
    /// Carries `stage` and `experimentId` on every line.
    public var logger: LambdaLogger
    public var clock: @Sendable () -> Timestamp

    public init(stage: Stage, experimentID: String?, logger: LambdaLogger, clock: @escaping @Sendable () -> Timestamp) {
        self.stage = stage
        self.experimentID = experimentID
        self.clock = clock
        var fields: JSONObject = ["stage": .string(stage.rawValue)]
        if let experimentID { fields["experimentId"] = .string(experimentID) }
        self.logger = logger.with(fields)
    }

    /// The same run, now that the experiment id is known.
    public func with(experimentID: String) -> StageRun {
        StageRun(stage: stage, experimentID: experimentID, logger: logger, clock: clock)
    }

    public func error(_ code: StageError.Code, _ message: String, underlying: (any Error)? = nil) -> StageError {
        StageError(code, stage: stage, experimentID: experimentID, message, underlying: underlying)
    }

    /// Runs one AWS call; its failure becomes `code` (or `transientCode` for errors AWS calls retryable,
    /// which the state machine may retry), with a message naming what the stage was doing and the AWS error.
    public func aws<T>(
        _ doing: String, failure code: StageError.Code, transient transientCode: StageError.Code? = nil,
        advice: String? = nil, _ body: () throws -> T
    ) throws(StageError) -> T {
        do {
            return try body()
        } catch let error as AWSError {
            let chosen = error.isRetryable ? (transientCode ?? code) : code
            let what = advice ?? Self.advice(for: error, stage: stage)
            throw self.error(chosen, "\(doing) failed: \(error); \(what)", underlying: error)
        } catch let error as StageError {
            throw error
        } catch {
            throw self.error(code, "\(doing) failed: \(error)", underlying: error)
        }
    }

    /// What the person on call can do about an AWS error the stage did not expect.
    static func advice(for error: AWSError, stage: Stage) -> String {
        switch error.code {
        case "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedException":
            return "the function's role lacks this permission: add the action to terraform/policies/\(stage.rawValue).json and apply"
        default:
            if error.isRetryable {
                return "AWS answered with a transient error after retries; start the experiment again in a few minutes"
            }
            return "check the error above; the experiment's resources are torn down, so it is safe to start again"
        }
    }
}
