/// The shared `config` and `credentials` files and the selected profile, as every AWS SDK finds them:
/// `AWS_CONFIG_FILE` (else `~/.aws/config`), `AWS_SHARED_CREDENTIALS_FILE` (else `~/.aws/credentials`),
/// profile from `AWS_PROFILE` (else `AWS_DEFAULT_PROFILE`, else `default`).
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html
public struct SharedConfiguration: Sendable {
    public var configFile: SharedConfigFile?
    public var credentialsFile: SharedConfigFile?
    public var profileName: String
    /// Whether the profile was named explicitly (then a missing profile is an error, not a fallback).
    public var profileWasNamed: Bool
    public var configPath: String
    public var credentialsPath: String

    /// Loads both files for `environment`.
    ///
    /// - Throws: `AWSError` (`.configuration`) when a file exists but cannot be read or parsed.
    public init(environment: AWSEnvironment) throws {
        configPath = environment.expandingHome(environment[AWSEnvironmentVariable.configFile] ?? "~/.aws/config")
        credentialsPath = environment.expandingHome(
            environment[AWSEnvironmentVariable.sharedCredentialsFile] ?? "~/.aws/credentials")
        let named = environment[AWSEnvironmentVariable.profile] ?? environment[AWSEnvironmentVariable.defaultProfile]
        profileName = named ?? "default"
        profileWasNamed = named != nil
        configFile = try SharedConfigFile.load(configPath)
        credentialsFile = try SharedConfigFile.load(credentialsPath)
    }

    /// The selected profile's settings in the config file (`[profile NAME]`, or `[default]`).
    public var configProfile: [String: String]? {
        guard let configFile else { return nil }
        if profileName == "default" { return configFile.sections["default"] ?? configFile.sections["profile default"] }
        return configFile.sections["profile \(profileName)"]
    }

    /// The selected profile's settings in the credentials file (`[NAME]`).
    public var credentialsProfile: [String: String]? { credentialsFile?.sections[profileName] }

    /// A setting of the selected profile: the config file's value (credentials-file keys are read by the
    /// credential provider).
    public func setting(_ key: String) -> String? {
        guard let value = configProfile?[key.lowercased()], !value.isEmpty else { return nil }
        return value
    }

    /// Whether the selected profile exists in either file.
    public var profileExists: Bool { configProfile != nil || credentialsProfile != nil }

    /// A `[services NAME]` section referenced by the profile's `services` setting.
    public var servicesSection: [String: String]? {
        guard let name = setting("services") else { return nil }
        return configFile?.sections["services \(name)"]
    }
}
