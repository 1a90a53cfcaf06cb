import AWSCore
import Foundation
import Stages

/// The stages after validate-ami, chained as the state machine chains them.
extension LabFixtures {
    func applyStage() -> ApplyInfraStage { ApplyInfraStage(environment: environment, clients: clients) }

    func pollStage(clock: @escaping @Sendable () -> Timestamp = { .now() }) -> PollReadinessStage {
        PollReadinessStage(environment: environment, clients: clients, clock: clock)
    }

    /// validate-ami then apply-infra, as the state machine chains them.
    func launch(name: String, spec: String = "{}") throws -> (Experiment, Cluster) {
        let experiment = try validate(name: name, spec: spec)
        let cluster = try applyStage().run(ApplyInfraInput(experiment: experiment), logger: Self.logger)
        return (experiment, cluster)
    }

    /// Waits (the simulated boot takes 20 emulated seconds) until `count` instances of the experiment run.
    func waitUntilRunning(_ experimentID: String, count: Int, timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try instances(of: experimentID, states: ["running"]).count < count {
            guard Date() < deadline else { throw LabSetupError("\(experimentID): fewer than \(count) instances running after \(Int(timeout)) s") }
            usleep(50_000)
        }
    }
}
