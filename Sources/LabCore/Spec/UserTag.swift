/// A tag the user asked for in the spec's `tags` object; validated against AWS's tag rules and kept off
/// our own tag keys (see `TagRules`). Applied to every resource of the experiment besides our own tags.
public struct UserTag: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
