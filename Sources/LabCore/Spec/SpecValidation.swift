/// A spec that passed validation, with what the user should still know about it.
public struct SpecValidation: Sendable, Hashable {
    public var spec: ExperimentSpec
    /// Things that do not stop the experiment (a pasted `serviceUrl` the lab replaces, an instance type
    /// without a known price).
    public var notices: [SpecNotice]

    public init(spec: ExperimentSpec, notices: [SpecNotice]) {
        self.spec = spec
        self.notices = notices
    }
}
