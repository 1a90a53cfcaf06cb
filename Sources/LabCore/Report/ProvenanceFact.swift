/// One line of a report's provenance: a label and its value, or nil when unknown (printed as unknown, with
/// the provenance's reason).
public struct ProvenanceFact: Sendable, Hashable {
    public var label: String
    public var value: String?

    public init(label: String, value: String?) {
        self.label = label
        self.value = value
    }
}
