import AWSCore

/// `DeleteObject`. Deleting a missing key succeeds (204), so a repeat is harmless.
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html
public struct DeleteObjectRequest: AWSServiceRequest {
    public var bucket: String
    public var key: String

    public init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    public var operation: AWSOperation {
        AWSOperation(service: .s3, name: "DeleteObject", method: .delete, bucket: bucket, key: key, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
