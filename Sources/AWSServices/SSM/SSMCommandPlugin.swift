/// One plugin (step) of a command invocation, e.g. `aws:runShellScript`, with its exit code and output.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CommandPlugin.html
public struct SSMCommandPlugin: Sendable, Hashable {
    public var name: String
    public var status: String
    public var responseCode: Int?
    /// The first 2,500 characters of the plugin's output.
    public var output: String?

    public init(name: String, status: String, responseCode: Int? = nil, output: String? = nil) {
        self.name = name
        self.status = status
        self.responseCode = responseCode
        self.output = output
    }

    init(json: JSONFields) throws {
        self.init(
            name: try json.string("Name"), status: try json.string("Status"), responseCode: try json.optionalInt("ResponseCode"),
            output: try json.optionalString("Output"))
    }
}
