/// Credentials of the selected profile in the shared files: static keys from `~/.aws/credentials` (first)
/// or `~/.aws/config`, else the profile's `credential_process`. Profiles that assume a role or use IAM
/// Identity Center are refused with an explanation rather than silently skipped.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html
public struct ProfileCredentialProvider: CredentialProvider {
    public let environment: AWSEnvironment
    public var name: String { "shared files (profile from AWS_PROFILE, ~/.aws/credentials, ~/.aws/config)" }

    public init(environment: AWSEnvironment) { self.environment = environment }

    public func credentials() throws -> AWSCredentials? {
        let shared = try SharedConfiguration(environment: environment)
        guard shared.profileExists else {
            guard shared.profileWasNamed else { return nil }
            throw AWSError(
                kind: .configuration, code: "ProfileNotFound",
                message: "profile '\(shared.profileName)' (from AWS_PROFILE) is in neither \(shared.credentialsPath) nor \(shared.configPath)")
        }
        let source = "profile \(shared.profileName)"
        for (file, settings) in [(shared.credentialsPath, shared.credentialsProfile), (shared.configPath, shared.configProfile)] {
            guard let settings else { continue }
            let accessKeyID = settings["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
            let secret = settings["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
            if accessKeyID == nil, secret == nil { continue }
            guard let accessKeyID, let secret else {
                throw AWSError(
                    kind: .credentials, code: "PartialCredentials",
                    message: "\(source) in \(file) has only one of aws_access_key_id and aws_secret_access_key; set both")
            }
            let token = settings["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
            return AWSCredentials(accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: token, source: source)
        }
        if let command = shared.setting("credential_process") ?? shared.credentialsProfile?["credential_process"] {
            return try ProcessCredentialProvider(command: command, environment: environment).credentials()
        }
        for unsupported in ["role_arn", "sso_session", "sso_start_url", "web_identity_token_file"]
        where shared.setting(unsupported) != nil || shared.credentialsProfile?[unsupported] != nil {
            throw AWSError(
                kind: .configuration, code: "UnsupportedProfile",
                message: "\(source) uses \(unsupported), which AWSCore does not support; export the credentials (e.g. `aws configure export-credentials --format env`) or use a profile with keys or credential_process")
        }
        return nil
    }
}
