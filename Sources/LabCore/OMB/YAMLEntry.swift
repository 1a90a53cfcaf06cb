/// One `key: value` of a YAML mapping. Keys are our own field names (plain identifiers), never user input.
public struct YAMLEntry: Sendable, Hashable {
    public var key: String
    public var value: YAMLValue

    public init(_ key: String, _ value: YAMLValue) {
        self.key = key
        self.value = value
    }
}
