import JSONCoding
import LabCore

/// The documents earlier stages left in the bucket that later stages read back: the normalised spec
/// (validate-ami) and cluster.json (apply-infra). Their absence or damage is a wiring fault, not the user's:
/// the error says which object and which stage writes it.
extension ResultsBucket {
    /// The experiment's normalised spec (`specKey`), validated again (it was valid when validate-ami stored it).
    public func spec(of experiment: Experiment, stage: Stage) throws -> ExperimentSpec {
        guard let bytes = try bytesIfPresent(experiment.specKey) else {
            throw StageError(
                .configurationError, stage: stage, experimentID: experiment.experimentId,
                "the normalised spec is missing at \(uri(experiment.specKey)); validate-ami writes it there: start the experiment again, and check the bucket's lifecycle rules did not remove it")
        }
        do {
            return try ExperimentSpec.validate(json: bytes).spec
        } catch {
            throw StageError(
                .configurationError, stage: stage, experimentID: experiment.experimentId,
                "the normalised spec at \(uri(experiment.specKey)) no longer validates (\(error)); validate-ami and \(stage.rawValue) come from different builds: deploy one build of every function",
                underlying: error)
        }
    }

    /// cluster.json at `key` (apply-infra's `clusterKey`).
    public func clusterManifest(at key: String, experimentID: String, stage: Stage) throws -> ClusterManifest {
        guard let bytes = try bytesIfPresent(key) else {
            throw StageError(
                .configurationError, stage: stage, experimentID: experimentID,
                "the cluster description is missing at \(uri(key)); apply-infra writes it when it launches the cluster: start the experiment again")
        }
        do {
            return try JSON.decode(ClusterManifest.self, from: bytes)
        } catch let error as DecodingError {
            throw StageError(
                .configurationError, stage: stage, experimentID: experimentID,
                "the cluster description at \(uri(key)) cannot be read (\(error.summary)); apply-infra and \(stage.rawValue) come from different builds: deploy one build of every function",
                underlying: error)
        }
    }
}
