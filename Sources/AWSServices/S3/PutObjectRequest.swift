import AWSCore

/// `PutObject` of a whole object. Writing the same bytes again is harmless, so it is retried.
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
public struct PutObjectRequest: AWSServiceRequest {
    public var bucket: String
    public var key: String
    public var body: [UInt8]
    /// E.g. `application/json`, `text/html; charset=utf-8`; S3 stores and serves it back.
    public var contentType: String?

    public init(bucket: String, key: String, body: [UInt8], contentType: String? = nil) {
        self.bucket = bucket
        self.key = key
        self.body = body
        self.contentType = contentType
    }

    public var operation: AWSOperation {
        var headers = HTTPHeaders()
        if let contentType { headers.set(S3Header.contentType, contentType) }
        return AWSOperation(
            service: .s3, name: "PutObject", method: .put, headers: headers, body: body, bucket: bucket, key: key,
            idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> S3PutObjectResult {
        S3PutObjectResult(eTag: response.headers[S3Header.eTag], versionID: response.headers[S3Header.versionID])
    }
}
