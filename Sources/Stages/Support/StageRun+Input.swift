import AWSCore
import LabCore

/// Reading what an earlier stage handed over. A value that does not parse is a wiring fault (the state was
/// edited, or stages from different builds), not the user's: `ConfigurationError`, no retry.
extension StageRun {
    func experimentID(of experiment: Experiment) throws(StageError) -> ExperimentID {
        do {
            return try ExperimentID(experiment.experimentId)
        } catch {
            throw self.error(
                .configurationError, "the input's experiment id is unusable: \(error.message); pass validate-ami's output unchanged",
                underlying: error)
        }
    }

    func timestamp(_ text: String, field: String) throws(StageError) -> Timestamp {
        do {
            return try Timestamp(iso8601: text)
        } catch {
            throw self.error(
                .configurationError, "the input's \(field) \(text) is not RFC 3339: \(error); pass the earlier stage's output unchanged",
                underlying: error)
        }
    }

    /// Runs `body`; a `StageError` passes through, a `LabCoreError` or anything else becomes
    /// `ConfigurationError` with its message.
    func wrapping<T>(_ body: () throws -> T) throws(StageError) -> T {
        do {
            return try body()
        } catch let error as StageError {
            throw error
        } catch let error as LabCoreError {
            throw self.error(.configurationError, error.description, underlying: error)
        } catch {
            throw self.error(.configurationError, "\(error)", underlying: error)
        }
    }
}
