/// Credentials from the container credentials endpoint (ECS tasks, EKS Pod Identity, and anything that
/// emulates it): `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (on `http://169.254.170.2`) or
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI`, with the `Authorization` header from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (preferred) or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
///
/// A plain-`http` full URI must point at a loopback address or one of the container hosts, as in the SDKs:
/// credentials are not sent across a network in clear text.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
public struct ContainerCredentialProvider: CredentialProvider {
    public static let ecsHost = "http://169.254.170.2"
    static let allowedPlainHTTPHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "[fd00:ec2::23]", "localhost", "[::1]"]

    public let environment: AWSEnvironment
    public let transport: any HTTPTransport
    public var name: String { "container endpoint (AWS_CONTAINER_CREDENTIALS_*_URI)" }

    public init(environment: AWSEnvironment, transport: any HTTPTransport) {
        self.environment = environment
        self.transport = transport
    }

    public func credentials() throws -> AWSCredentials? {
        let urlText: String
        if let relative = environment[AWSEnvironmentVariable.containerCredentialsRelativeURI] {
            urlText = ContainerCredentialProvider.ecsHost + (relative.hasPrefix("/") ? relative : "/" + relative)
        } else if let full = environment[AWSEnvironmentVariable.containerCredentialsFullURI] {
            urlText = full
        } else {
            return nil
        }
        let url = try HTTPURL(parsing: urlText)
        if url.scheme == "http", !ContainerCredentialProvider.allowedPlainHTTPHosts.contains(url.host), !url.host.hasPrefix("127.") {
            throw AWSError(
                kind: .configuration, code: "InsecureContainerCredentialsURI",
                message: "\(urlText) uses http to a host that is not loopback or a container credentials host; use https")
        }
        var request = HTTPRequest(method: .get, url: url)
        if let token = try authorizationToken() { request.headers.set("Authorization", token) }
        let source = "container endpoint \(url.origin)\(url.path)"
        let response = try transport.fetchCredentialResource(request, what: "credentials", failureCode: "ContainerCredentialsFailed")
        return try CredentialsDocument.parse(response.body, source: source)
    }

    private func authorizationToken() throws -> String? {
        if let path = environment[AWSEnvironmentVariable.containerAuthorizationTokenFile] {
            guard let bytes = try LocalFile.read(path) else {
                throw AWSError(
                    kind: .configuration, code: "MissingTokenFile",
                    message: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE names \(path), which does not exist")
            }
            return String(String(decoding: bytes, as: UTF8.self).filter { $0 != "\n" && $0 != "\r" })
        }
        return environment[AWSEnvironmentVariable.containerAuthorizationToken]
    }
}
