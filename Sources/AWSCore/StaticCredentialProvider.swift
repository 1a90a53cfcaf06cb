/// Fixed credentials, e.g. the emulator's keys in tests.
public struct StaticCredentialProvider: CredentialProvider {
    public let fixed: AWSCredentials
    public var name: String { "static credentials" }

    public init(_ credentials: AWSCredentials) { fixed = credentials }
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        fixed = AWSCredentials(accessKeyID: accessKeyID, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
    }

    public func credentials() throws -> AWSCredentials? { fixed }
}
