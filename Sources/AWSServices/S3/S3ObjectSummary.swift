import AWSCore

/// One object of a listing.
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_Object.html
public struct S3ObjectSummary: Sendable, Hashable {
    public var key: String
    /// Bytes.
    public var size: Int64
    public var lastModified: Timestamp?
    public var eTag: String?
    public var storageClass: String?

    public init(key: String, size: Int64, lastModified: Timestamp? = nil, eTag: String? = nil, storageClass: String? = nil) {
        self.key = key
        self.size = size
        self.lastModified = lastModified
        self.eTag = eTag
        self.storageClass = storageClass
    }
}
