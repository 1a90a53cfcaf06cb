/// An HTTP response as a value: status, headers (case-insensitive lookup) and the whole body.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The request id AWS put in the headers (`x-amzn-RequestId`, or S3's `x-amz-request-id`).
    public var awsRequestID: String? { headers["x-amzn-RequestId"] ?? headers["x-amz-request-id"] }

    /// The body as UTF-8 text (invalid sequences repaired), for messages and logs.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
