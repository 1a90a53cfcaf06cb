import AWSCore

/// `ListObjectsV2`: the objects under a prefix, a page (up to 1,000 keys) at a time.
///
/// Sends `encoding-type=url` and decodes the keys of the answer, as botocore does: S3 then percent-encodes
/// keys in the XML, so a key with characters XML 1.0 cannot carry still lists correctly.
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
public struct ListObjectsV2Request: PaginatedRequest {
    public var bucket: String
    public var prefix: String?
    /// Groups keys sharing the text up to the next delimiter into `commonPrefixes` (`/` lists "folders").
    public var delimiter: String?
    /// Page size (at most 1,000, S3's default).
    public var maxKeys: Int?
    /// The `NextContinuationToken` of the previous page.
    public var pageToken: String?

    public init(bucket: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil, pageToken: String? = nil) {
        self.bucket = bucket
        self.prefix = prefix
        self.delimiter = delimiter
        self.maxKeys = maxKeys
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var query: [(name: String, value: String)] = [("list-type", "2")]
        if let delimiter { query.append(("delimiter", delimiter)) }
        query.append(("encoding-type", "url"))
        if let maxKeys { query.append(("max-keys", String(maxKeys))) }
        if let prefix { query.append(("prefix", prefix)) }
        if let pageToken { query.append(("continuation-token", pageToken)) }
        return AWSOperation(service: .s3, name: "ListObjectsV2", method: .get, query: query, bucket: bucket, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> S3ObjectListing {
        let root = try XMLFields(body: response.body)
        let urlEncoded = root.optionalString("EncodingType") == "url"
        func text(_ value: String) -> String { urlEncoded ? ListObjectsV2Request.urlDecoded(value) : value }
        let objects = try root.repeated("Contents").map { entry in
            S3ObjectSummary(
                key: text(try entry.string("Key")), size: try entry.optionalInt64("Size") ?? 0,
                lastModified: try entry.optionalTimestamp("LastModified"), eTag: entry.optionalString("ETag"),
                storageClass: entry.optionalString("StorageClass"))
        }
        let commonPrefixes = try root.repeated("CommonPrefixes").map { text(try $0.string("Prefix")) }
        let isTruncated = try root.optionalBool("IsTruncated") ?? false
        let next = root.optionalString("NextContinuationToken")
        if isTruncated, next == nil {
            throw root.fail("NextContinuationToken", "is missing although IsTruncated is true")
        }
        return S3ObjectListing(
            objects: objects, commonPrefixes: commonPrefixes, keyCount: try root.optionalInt("KeyCount"),
            isTruncated: isTruncated, nextPageToken: isTruncated ? next : nil)
    }

    /// `application/x-www-form-urlencoded` decoding (`+` is a space), what S3's `url` encoding type uses.
    static func urlDecoded(_ text: String) -> String {
        String(decoding: PercentEncoding.decode(String(text.map { $0 == "+" ? " " : $0 })), as: UTF8.self)
    }
}
