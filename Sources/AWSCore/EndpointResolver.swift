/// Resolves a service's endpoint as the AWS SDKs do. Configured endpoints, highest precedence first:
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's `[services …]` section, the profile's
/// `endpoint_url`; `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` (or `ignore_configured_endpoint_urls` in the
/// profile) switches all of them off. Otherwise the regional hostname of the partition:
/// `<prefix>.<region>.amazonaws.com` (`.com.cn` in China), IAM's global host, S3's `s3.amazonaws.com`
/// in us-east-1, and for other global services (Cost Explorer) `<prefix>.<global signing region>.amazonaws.com`.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
public struct EndpointResolver: Sendable {
    public var environment: AWSEnvironment
    /// The selected profile's settings and services section (nil: no config file).
    public var profileSettings: [String: String]
    public var servicesSection: [String: String]

    public init(environment: AWSEnvironment, profileSettings: [String: String] = [:], servicesSection: [String: String] = [:]) {
        self.environment = environment
        self.profileSettings = profileSettings
        self.servicesSection = servicesSection
    }

    /// A resolver reading the shared config file of `environment` too.
    public static func fromEnvironment(_ environment: AWSEnvironment) throws -> EndpointResolver {
        let shared = try SharedConfiguration(environment: environment)
        return EndpointResolver(
            environment: environment, profileSettings: shared.configProfile ?? [:],
            servicesSection: shared.servicesSection ?? [:])
    }

    /// The configured endpoint URL for `service`, if any, and where it came from.
    public func configuredEndpoint(for service: AWSService) -> (url: String, source: String)? {
        let ignore = environment[AWSEnvironmentVariable.ignoreConfiguredEndpointURLs]
            ?? profileSettings["ignore_configured_endpoint_urls"]
        if ignore?.lowercased() == "true" { return nil }
        let specific = AWSEnvironmentVariable.endpointURLPrefix + service.endpointVariableSuffix
        if let url = environment[specific] { return (url, specific) }
        if let url = environment[AWSEnvironmentVariable.endpointURL] { return (url, AWSEnvironmentVariable.endpointURL) }
        if let url = servicesSection["\(service.configKey).endpoint_url"], !url.isEmpty {
            return (url, "services section, \(service.configKey).endpoint_url")
        }
        if let url = profileSettings["endpoint_url"], !url.isEmpty { return (url, "profile endpoint_url") }
        return nil
    }

    /// The endpoint for `service` in `region`.
    ///
    /// - Throws: `AWSError` (`.configuration`) for an unusable configured URL or an empty region.
    public func resolve(_ service: AWSService, region: String) throws -> ResolvedEndpoint {
        guard !region.isEmpty else {
            throw AWSError(kind: .configuration, service: service.id, code: "NoRegion",
                           message: "no region to resolve the \(service.id) endpoint; set AWS_REGION")
        }
        let partition = AWSPartition.of(region: region)
        let signingRegion = service.isGlobal ? partition.globalSigningRegion : region
        if let (text, source) = configuredEndpoint(for: service) {
            do {
                var url = try HTTPURL(parsing: text)
                url.query = ""
                return ResolvedEndpoint(url: url, signingRegion: signingRegion, isCustom: true)
            } catch let error as AWSError {
                throw AWSError(kind: .configuration, service: service.id, code: "InvalidEndpointURL",
                               message: "\(source) is set to '\(text)', which is not usable: \(error.message)")
            }
        }
        let host: String
        if service == .iam {
            host = partition.iamHost
        } else if service == .s3, region == "us-east-1" {
            host = "s3.amazonaws.com"  // botocore's default (legacy global endpoint) for us-east-1
        } else if service.isGlobal {
            host = "\(service.endpointPrefix).\(signingRegion).\(partition.dnsSuffix)"  // Cost Explorer: ce.us-east-1.amazonaws.com
        } else {
            host = "\(service.endpointPrefix).\(region).\(partition.dnsSuffix)"
        }
        return ResolvedEndpoint(url: HTTPURL(scheme: "https", host: host), signingRegion: signingRegion, isCustom: false)
    }
}
