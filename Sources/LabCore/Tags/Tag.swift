/// One AWS resource tag.
public struct Tag: Sendable, Hashable, CustomStringConvertible {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    public var description: String { "\(key)=\(value)" }
}
