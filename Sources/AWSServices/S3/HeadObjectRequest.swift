import AWSCore

/// `HeadObject`: does the object exist, how big is it, when was it written.
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html
public struct HeadObjectRequest: AWSServiceRequest {
    public var bucket: String
    public var key: String

    public init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    public var operation: AWSOperation {
        AWSOperation(service: .s3, name: "HeadObject", method: .head, bucket: bucket, key: key, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> S3ObjectMetadata {
        try S3ObjectMetadata(headers: response.headers)
    }
}
