/// Why an instance changed state, e.g. `Server.SpotInstanceTermination` or `Client.InstanceInitiatedShutdown`
/// (poll-readiness uses it to say why a node is gone).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StateReason.html
public struct EC2StateReason: Sendable, Hashable {
    public var code: String
    public var message: String?

    public init(code: String, message: String?) {
        self.code = code
        self.message = message
    }

    init(xml: XMLFields) throws {
        self.init(code: try xml.string("code"), message: xml.optionalString("message"))
    }
}
