/// The core every typed service client sits on: resolves the endpoint, signs with SigV4, sends over the
/// transport, retries what standard mode retries, and turns error responses into `AWSError`.
/// Synchronous: a call blocks until it succeeds or fails for good, which suits the Lambda loop.
///
///     let client = try AWSClient.fromEnvironment()
///     let response = try client.send(.query(.ec2, parameters, idempotency: .idempotent))
public final class AWSClient: Sendable {
    public let region: String
    public let credentials: any CredentialProvider
    public let transport: any HTTPTransport
    public let endpoints: EndpointResolver
    public let retryPolicy: RetryPolicy
    public let retryQuota: RetryQuota
    private let clock: @Sendable () -> Timestamp
    private let signingKeys = SigV4SigningKeyCache()

    public init(
        region: String, credentials: any CredentialProvider, transport: any HTTPTransport, endpoints: EndpointResolver,
        retryPolicy: RetryPolicy = .standard, clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }
    ) {
        self.region = region
        self.credentials = credentials
        self.transport = transport
        self.endpoints = endpoints
        self.retryPolicy = retryPolicy
        self.retryQuota = RetryQuota()
        self.clock = clock
    }

    /// A client configured like an AWS SDK from `environment`: region, the standard credential chain
    /// (cached and refreshed), configured endpoints, `AWS_MAX_ATTEMPTS`, and a libcurl transport.
    ///
    /// - Throws: `AWSError` (`.configuration`) when no region is set or a shared file is malformed.
    public static func fromEnvironment(
        _ environment: AWSEnvironment = .current(), transport: (any HTTPTransport)? = nil
    ) throws -> AWSClient {
        var retryPolicy = RetryPolicy.standard
        if let text = environment[AWSEnvironmentVariable.maxAttempts] {
            guard let attempts = Int(text), attempts >= 1 else {
                throw AWSError(kind: .configuration, code: "InvalidMaxAttempts",
                               message: "AWS_MAX_ATTEMPTS is '\(text)'; it must be a whole number of at least 1")
            }
            retryPolicy.maxAttempts = attempts
        }
        return AWSClient(
            region: try RegionResolver.requireRegion(environment: environment),
            credentials: RefreshingCredentialProvider(try CredentialProviderChain.standard(environment: environment)),
            transport: try transport ?? CurlTransport(),
            endpoints: try EndpointResolver.fromEnvironment(environment),
            retryPolicy: retryPolicy)
    }

    /// Sends `operation` and returns its successful (2xx) response.
    ///
    /// - Throws: `AWSError`: the service's error (decoded), or a transport/credentials/configuration
    ///   failure, attributed to the service and operation; after retries when they were allowed.
    public func send(_ operation: AWSOperation) throws -> HTTPResponse {
        let (unsigned, signer) = try prepare(operation)
        var attempt = 1
        var lastRetryCost: Int?
        while true {
            let failure: AWSError
            do {
                let credentials = try self.credentials.requireCredentials()
                let signed = signer.sign(unsigned, credentials: credentials, at: clock())
                let response = try transport.send(signed)
                if response.isSuccess {
                    retryQuota.release(lastRetryCost)
                    return response
                }
                failure = AWSErrorDecoder.decode(response, service: operation.service, operation: operation.name)
            } catch let error as AWSError {
                failure = error.attributed(service: operation.service.id, operation: operation.name)
            }
            guard failure.isRetryable, operation.mayRetry, attempt < retryPolicy.maxAttempts,
                  let cost = retryQuota.acquire(after: failure) else { throw failure }
            lastRetryCost = cost
            retryPolicy.sleep(retryPolicy.delay(afterAttempt: attempt, error: failure))
            attempt += 1
        }
    }

    /// A presigned URL for `operation` (e.g. an S3 GET link to a report), valid for `expiresIn` seconds.
    ///
    /// - Throws: `AWSError` when credentials cannot be found or `expiresIn` is out of range.
    public func presignedURL(for operation: AWSOperation, expiresIn: Int) throws -> String {
        let (request, signer) = try prepare(operation)
        let credentials = try self.credentials.requireCredentials()
        return try signer.presign(request, credentials: credentials, at: clock(), expiresIn: expiresIn).url.description
    }

    /// The unsigned request for `operation` (endpoint, S3 bucket addressing, path, query, headers, body)
    /// and the signer for it.
    public func prepare(_ operation: AWSOperation) throws -> (HTTPRequest, SigV4Signer) {
        let endpoint: ResolvedEndpoint
        do {
            endpoint = try endpoints.resolve(operation.service, region: region)
        } catch let error as AWSError {
            throw error.attributed(service: operation.service.id, operation: operation.name)
        }
        var url: HTTPURL
        if let bucket = operation.bucket {
            url = S3Addressing.url(bucket: bucket, key: operation.key, endpoint: endpoint)
        } else {
            url = endpoint.url
            let base = url.path.hasSuffix("/") ? String(url.path.dropLast()) : url.path
            url.path = base + (operation.path.hasPrefix("/") ? operation.path : "/" + operation.path)
        }
        url.query = operation.query
            .map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
            .joined(separator: "&")
        let signer = SigV4Signer(
            signingName: operation.service.signingName, region: endpoint.signingRegion,
            pathRules: operation.service == .s3 ? .s3 : .standard, keyCache: signingKeys)
        return (HTTPRequest(method: operation.method, url: url, headers: operation.headers, body: operation.body), signer)
    }
}
