/// The mark of a result the emulated lab synthesised instead of measuring: the OMB result JSON carries
/// `"simulated": true` at its top level (the emulated lab's convention for everything it invents, see
/// docs/emulated-lab.md) and, optionally, `"simulationModel": "<what produced the numbers>"`. Reports show a
/// banner for any simulated number (docs/reports.md).
public struct SimulationStamp: Sendable, Hashable {
    /// The top-level key: `true` marks the file as simulated.
    public static let simulatedKey = "simulated"
    /// The top-level key naming the model that produced the numbers (free text).
    public static let modelKey = "simulationModel"

    /// What produced the numbers, e.g. `emulated-lab queueing model v1`; nil when the file does not say.
    public var model: String?

    public init(model: String? = nil) {
        self.model = model
    }
}
