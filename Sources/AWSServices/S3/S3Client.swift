import AWSCore

/// The S3 calls the lab makes (REST-XML): specs, workload files, results and reports under an experiment's
/// prefix in the results bucket, and presigned GET links to reports.
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/Welcome.html
public struct S3Client: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    @discardableResult
    public func putObject(_ request: PutObjectRequest) throws -> S3PutObjectResult {
        try client.call(request)
    }

    /// The object's bytes and metadata; a missing key fails with code `NoSuchKey`.
    public func getObject(_ request: GetObjectRequest) throws -> S3Object {
        try client.call(request)
    }

    /// The object's metadata without its bytes; a missing key fails with code `NotFound` (a HEAD response
    /// has no body to name the error).
    public func headObject(_ request: HeadObjectRequest) throws -> S3ObjectMetadata {
        try client.call(request)
    }

    /// One page of `ListObjectsV2`.
    public func listObjectsV2(_ request: ListObjectsV2Request) throws -> S3ObjectListing {
        try client.call(request)
    }

    /// Every object matching `request`, following `NextContinuationToken`.
    public func listAllObjectsV2(_ request: ListObjectsV2Request) throws -> [S3ObjectSummary] {
        try client.callAllPages(request)
    }

    /// Deletes the object; deleting a key that does not exist succeeds too.
    public func deleteObject(_ request: DeleteObjectRequest) throws {
        try client.call(request)
    }

    /// A URL anyone can GET the object with for `expiresIn` seconds (1…604800; a link signed with
    /// temporary credentials stops working when they expire, whatever `expiresIn` says).
    ///
    /// See: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html
    public func presignedGetURL(bucket: String, key: String, expiresIn: Int) throws -> String {
        try client.presignedURL(for: GetObjectRequest(bucket: bucket, key: key).operation, expiresIn: expiresIn)
    }
}
