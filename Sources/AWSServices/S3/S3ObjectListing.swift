/// One page of `ListObjectsV2`: its objects, the common prefixes when a delimiter was given, and where the
/// next page starts.
public struct S3ObjectListing: PaginatedResponse {
    public var objects: [S3ObjectSummary]
    public var commonPrefixes: [String]
    /// How many keys this page holds (objects and common prefixes).
    public var keyCount: Int?
    public var isTruncated: Bool
    /// `NextContinuationToken`, present exactly when `isTruncated`.
    public var nextPageToken: String?

    public init(objects: [S3ObjectSummary], commonPrefixes: [String] = [], keyCount: Int? = nil, isTruncated: Bool, nextPageToken: String?) {
        self.objects = objects
        self.commonPrefixes = commonPrefixes
        self.keyCount = keyCount
        self.isTruncated = isTruncated
        self.nextPageToken = nextPageToken
    }

    public var items: [S3ObjectSummary] { objects }
}
