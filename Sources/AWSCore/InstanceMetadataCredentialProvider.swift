/// Credentials of the EC2 instance profile through IMDSv2: `PUT /latest/api/token` for a session token,
/// then the role name from `/latest/meta-data/iam/security-credentials/` and its credentials.
/// Off when `AWS_EC2_METADATA_DISABLED=true`; the endpoint can be moved with
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT` (how tests reach a local server). When the endpoint cannot be
/// reached at all we are not on EC2: the provider then yields `nil` and the chain reports no credentials.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
/// and https://docs.aws.amazon.com/sdkref/latest/guide/feature-imds-credentials.html
public struct InstanceMetadataCredentialProvider: CredentialProvider {
    public static let defaultEndpoint = "http://169.254.169.254"
    static let tokenPath = "/latest/api/token"
    static let credentialsPath = "/latest/meta-data/iam/security-credentials/"
    static let tokenTTLHeader = "X-aws-ec2-metadata-token-ttl-seconds"
    static let tokenHeader = "X-aws-ec2-metadata-token"
    static let failureCode = "InstanceMetadataFailed"

    public let environment: AWSEnvironment
    public let transport: any HTTPTransport
    public var name: String { "EC2 instance metadata (IMDSv2)" }

    public init(environment: AWSEnvironment, transport: any HTTPTransport) {
        self.environment = environment
        self.transport = transport
    }

    public func credentials() throws -> AWSCredentials? {
        guard !environment.isTrue(AWSEnvironmentVariable.ec2MetadataDisabled) else { return nil }
        var endpoint = environment[AWSEnvironmentVariable.ec2MetadataServiceEndpoint] ?? Self.defaultEndpoint
        while endpoint.hasSuffix("/") { endpoint.removeLast() }

        var tokenRequest = HTTPRequest(method: .put, url: try HTTPURL(parsing: endpoint + Self.tokenPath))
        tokenRequest.headers.set(Self.tokenTTLHeader, "21600")
        let tokenResponse: HTTPResponse
        do {
            tokenResponse = try transport.send(tokenRequest)
        } catch let error as AWSError where error.kind == .transport {
            return nil  // no metadata service here: not an EC2 instance
        }
        let token = try tokenResponse.requireCredentialSuccess(
            what: "the IMDSv2 session token", from: tokenRequest.url, failureCode: Self.failureCode).bodyText

        let roleName = try get(endpoint + Self.credentialsPath, token: token, what: "the instance profile role name")
            .split(separator: "\n").first.map(String.init)
        guard let roleName, !roleName.isEmpty else {
            throw AWSError(
                kind: .credentials, code: "NoInstanceProfile",
                message: "IMDS at \(endpoint) lists no IAM role: attach an instance profile to this instance")
        }
        let document = try get(endpoint + Self.credentialsPath + PercentEncoding.encode(roleName), token: token,
                               what: "the credentials of role \(roleName)")
        return try CredentialsDocument.parse(Array(document.utf8), source: "IMDS role \(roleName)")
    }

    private func get(_ url: String, token: String, what: String) throws -> String {
        var request = HTTPRequest(method: .get, url: try HTTPURL(parsing: url))
        request.headers.set(Self.tokenHeader, token)
        return try transport.fetchCredentialResource(request, what: what, failureCode: Self.failureCode).bodyText
    }
}
