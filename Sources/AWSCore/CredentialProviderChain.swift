/// Tries providers in order and returns the first credentials found — the default chain of the AWS SDKs:
/// environment, shared files (keys or `credential_process`), container endpoint, EC2 instance metadata.
/// A provider that is configured but fails stops the chain with its error (as the SDKs do), so a typo in
/// a profile is reported instead of silently falling through to other credentials.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html
public struct CredentialProviderChain: CredentialProvider {
    public let providers: [any CredentialProvider]
    public var name: String { providers.map(\.name).joined(separator: ", ") }

    public init(_ providers: [any CredentialProvider]) { self.providers = providers }

    /// The standard chain for `environment`. Container and IMDS requests go through `transport`
    /// (default: a transport with the short timeouts the SDKs use for those local endpoints).
    public static func standard(environment: AWSEnvironment, transport: (any HTTPTransport)? = nil) throws -> CredentialProviderChain {
        let local = try transport ?? CurlTransport(
            configuration: .init(connectTimeout: .seconds(1), requestTimeout: .seconds(3)))
        return CredentialProviderChain([
            EnvironmentCredentialProvider(environment: environment),
            ProfileCredentialProvider(environment: environment),
            ContainerCredentialProvider(environment: environment, transport: local),
            InstanceMetadataCredentialProvider(environment: environment, transport: local),
        ])
    }

    public func credentials() throws -> AWSCredentials? {
        for provider in providers {
            if let credentials = try provider.credentials() { return credentials }
        }
        return nil
    }
}
