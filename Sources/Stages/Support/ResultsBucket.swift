import AWSCore
import AWSServices
import JSONCoding

/// The results bucket as the stages use it: whole objects by key, JSON documents, and `s3://` URIs for
/// messages and for the node's benchmark runner.
public struct ResultsBucket: Sendable {
    public let s3: S3Client
    public let name: String

    public init(s3: S3Client, name: String) {
        self.s3 = s3
        self.name = name
    }

    /// `s3://<bucket>/<key>`, as messages name objects and as the node's scripts take them.
    public func uri(_ key: String) -> String { "s3://\(name)/\(key)" }

    /// The object's bytes, or nil when there is no object at `key` (`NoSuchKey`).
    ///
    /// A denied read (`AccessDenied`, which S3 also answers for a missing key when the caller may not list the
    /// bucket) is thrown, not taken for absence.
    public func bytesIfPresent(_ key: String) throws -> [UInt8]? {
        do {
            return try s3.getObject(GetObjectRequest(bucket: name, key: key)).body
        } catch let error as AWSError where error.code == S3ErrorCode.noSuchKey {
            return nil
        }
    }

    /// Whether an object exists at `key` (HeadObject answers a missing key with `NotFound`).
    public func exists(_ key: String) throws -> Bool {
        do {
            _ = try s3.headObject(HeadObjectRequest(bucket: name, key: key))
            return true
        } catch let error as AWSError where error.code == S3ErrorCode.notFound || error.code == S3ErrorCode.noSuchKey {
            return false
        }
    }

    public func put(_ key: String, _ bytes: [UInt8], contentType: String) throws {
        try s3.putObject(PutObjectRequest(bucket: name, key: key, body: bytes, contentType: contentType))
    }

    public func put(_ key: String, text: String, contentType: String) throws {
        try put(key, Array(text.utf8), contentType: contentType)
    }

    /// Writes `value` as JSON with sorted keys, so writing the same value twice writes the same bytes.
    public func putJSON(_ key: String, _ value: JSONValue) throws {
        try put(key, JSON.serialize(value, options: [.sortedKeys]), contentType: ContentType.json)
    }

    /// The content types the stages write.
    public enum ContentType {
        public static let json = "application/json"
        public static let yaml = "application/yaml"
        public static let html = "text/html; charset=utf-8"
        public static let markdown = "text/markdown; charset=utf-8"
        public static let csv = "text/csv; charset=utf-8"
    }

    /// The S3 error codes the stages tell apart.
    public enum S3ErrorCode {
        public static let noSuchKey = "NoSuchKey"
        public static let notFound = "NotFound"
    }
}
