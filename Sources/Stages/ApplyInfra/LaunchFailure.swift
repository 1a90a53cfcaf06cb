import AWSCore
import LabCore

/// Turns a failed RunInstances into the error Step Functions sees: `CapacityUnavailable` when EC2 has no
/// room for the request (nothing the lab did wrong; another zone, type or time may work), `LaunchFailed`
/// for everything else.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html (capacity errors)
enum LaunchFailure {
    /// EC2's codes for "no capacity for this request right now".
    static let capacityCodes: Set<String> = ["InsufficientInstanceCapacity", "Unsupported", "InsufficientCapacity"]

    static func stageError(
        _ error: AWSError, launch: ComponentLayout, zone: String?, region: String, run: StageRun
    ) -> StageError {
        let what = "\(launch.count) × \(launch.instanceType) for \(launch.component.rawValue)\(launch.spot ? " (spot)" : "")"
        let place = zone.map { "in \($0)" } ?? "in the lab subnet's zone"
        if capacityCodes.contains(error.code) {
            var options = [
                "set availabilityZone to another zone of \(region)",
                "choose another cluster.\(launch.component.rawValue).instanceType",
            ]
            if launch.spot { options.append("run \(launch.component.rawValue) on demand (spot: false)") }
            options.append("or start again later")
            return run.error(
                .capacityUnavailable,
                "EC2 has no capacity for \(what) \(place) (\(error.code): \(error.message)); \(options.joined(separator: ", "))",
                underlying: error)
        }
        return run.error(
            .launchFailed, "launching \(what) \(place) failed: \(error); \(StageRun.advice(for: error, stage: run.stage))",
            underlying: error)
    }
}
