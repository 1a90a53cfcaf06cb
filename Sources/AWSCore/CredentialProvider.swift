/// A source of AWS credentials (environment, shared files, a process, the container or instance endpoint).
public protocol CredentialProvider: Sendable {
    /// A short name for messages, e.g. `environment`, `profile lab`.
    var name: String { get }

    /// The credentials of this source, or `nil` when the source is not configured (a chain then tries the
    /// next one).
    ///
    /// - Throws: `AWSError` when the source is configured but fails (partial keys, a process that exits
    ///   non-zero, an endpoint that answers an error): a half-configured source is reported, not skipped.
    func credentials() throws -> AWSCredentials?
}

extension CredentialProvider {
    /// The credentials, or an `AWSError` (`.credentials`, `NoCredentials`) saying where we looked.
    public func requireCredentials() throws -> AWSCredentials {
        guard let credentials = try credentials() else {
            throw AWSError(
                kind: .credentials, code: "NoCredentials",
                message: "no AWS credentials found (looked in: \(name)); set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile in ~/.aws/credentials or ~/.aws/config")
        }
        return credentials
    }
}
