/// Something in an otherwise valid spec that the user should know about but that does not stop the
/// experiment: a pasted OMB `serviceUrl` the lab replaces, an instance type without a known price.
public struct SpecNotice: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
