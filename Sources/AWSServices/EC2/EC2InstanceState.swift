/// An instance's lifecycle state: `pending`, `running`, `shutting-down`, `terminated`, `stopping`, `stopped`.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html
public struct EC2InstanceState: Sendable, Hashable {
    /// The low byte is the state (0 pending, 16 running, 32 shutting-down, 48 terminated, 64 stopping,
    /// 80 stopped); the high byte is internal to EC2.
    public var code: Int
    public var name: String

    public init(code: Int, name: String) {
        self.code = code
        self.name = name
    }

    init(xml: XMLFields) throws {
        self.init(code: try xml.int("code"), name: try xml.string("name"))
    }
}
