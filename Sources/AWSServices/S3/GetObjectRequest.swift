import AWSCore

/// `GetObject` of a whole object (the transport caps a response at 256 MB by default).
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html
public struct GetObjectRequest: AWSServiceRequest {
    public var bucket: String
    public var key: String

    public init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    public var operation: AWSOperation {
        AWSOperation(service: .s3, name: "GetObject", method: .get, bucket: bucket, key: key, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> S3Object {
        S3Object(body: response.body, metadata: try S3ObjectMetadata(headers: response.headers))
    }
}
