/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and optionally `AWS_SESSION_TOKEN` —
/// how Lambda hands a function its role's credentials.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/environment-variables.html
public struct EnvironmentCredentialProvider: CredentialProvider {
    public let environment: AWSEnvironment
    public var name: String { "environment (AWS_ACCESS_KEY_ID)" }

    public init(environment: AWSEnvironment) { self.environment = environment }

    public func credentials() throws -> AWSCredentials? {
        let accessKeyID = environment[AWSEnvironmentVariable.accessKeyID]
        let secret = environment[AWSEnvironmentVariable.secretAccessKey]
        switch (accessKeyID, secret) {
        case (nil, nil):
            return nil
        case let (accessKeyID?, secret?):
            return AWSCredentials(
                accessKeyID: accessKeyID, secretAccessKey: secret,
                sessionToken: environment[AWSEnvironmentVariable.sessionToken], source: "environment")
        case (_?, nil):
            throw AWSError(
                kind: .credentials, code: "PartialCredentials",
                message: "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both or neither")
        case (nil, _?):
            throw AWSError(
                kind: .credentials, code: "PartialCredentials",
                message: "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not; set both or neither")
        }
    }
}
