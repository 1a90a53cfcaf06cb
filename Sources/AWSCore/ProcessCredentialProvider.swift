/// Credentials from an external command (`credential_process` in a profile): the command prints
/// `{"Version": 1, "AccessKeyId": …, "SecretAccessKey": …, "SessionToken": …, "Expiration": …}`.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
public struct ProcessCredentialProvider: CredentialProvider {
    public let command: String
    public let environment: AWSEnvironment
    public let timeout: Duration
    public var name: String { "credential_process '\(command)'" }

    public init(command: String, environment: AWSEnvironment, timeout: Duration = .seconds(60)) {
        self.command = command
        self.environment = environment
        self.timeout = timeout
    }

    public func credentials() throws -> AWSCredentials? {
        let result = try ChildProcess(command: command, environment: environment.variables, timeout: timeout).run()
        guard result.status == 0 else {
            let stderr = String(decoding: result.standardError.prefix(500), as: UTF8.self)
            throw AWSError(
                kind: .credentials, code: "ProcessFailed",
                message: "credential_process '\(command)' exited with status \(result.status)\(stderr.isEmpty ? "" : ": \(stderr)")")
        }
        return try CredentialsDocument.parse(result.standardOutput, source: "credential_process '\(command)'")
    }
}
