/// One call to an AWS API, as the typed clients describe it to `AWSClient`: which service and operation,
/// and the HTTP request relative to the service endpoint. `AWSOperation+Protocols` builds the common shapes.
public struct AWSOperation: Sendable {
    /// Whether sending the call twice is harmless, which decides whether it may be retried.
    public enum Idempotency: Sendable, Equatable {
        /// Reads, deletes, puts of a whole value: repeating has the same effect.
        case idempotent
        /// Repeating may act twice (e.g. RunInstances without ClientToken): never retried.
        case nonIdempotent
        /// Non-idempotent in itself, but carries an idempotency token (ClientToken), so AWS deduplicates.
        case idempotencyToken
    }

    public var service: AWSService
    /// The API operation name, e.g. `DescribeImages`.
    public var name: String
    public var method: HTTPMethod
    /// The encoded path below the endpoint's base path (unused when `bucket` is set).
    public var path: String
    /// Query parameters, unencoded; `AWSClient` encodes them when it builds the request.
    public var query: [(name: String, value: String)]
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// For S3: the bucket, placed in the host or the path by `S3Addressing`.
    public var bucket: String?
    /// For S3 with `bucket`: the object key, unencoded (empty for the bucket itself).
    public var key: String
    public var idempotency: Idempotency

    public init(
        service: AWSService, name: String, method: HTTPMethod = .post, path: String = "/",
        query: [(name: String, value: String)] = [], headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
        bucket: String? = nil, key: String = "", idempotency: Idempotency
    ) {
        self.service = service
        self.name = name
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.bucket = bucket
        self.key = key
        self.idempotency = idempotency
    }

    /// Whether a retryable failure may be retried.
    public var mayRetry: Bool { idempotency != .nonIdempotent }
}
