/// A resource tag as EC2 requests carry it (`Tag.N.Key`, `Tag.N.Value`). Responses give tags as a
/// `[String: String]` instead: keys are unique per resource.
public struct EC2Tag: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
