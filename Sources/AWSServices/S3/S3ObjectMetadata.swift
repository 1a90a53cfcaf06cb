import AWSCore

/// An object's metadata from its response headers (`HeadObject`, `GetObject`).
///
/// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html#API_HeadObject_ResponseSyntax
public struct S3ObjectMetadata: Sendable, Hashable {
    public var contentType: String?
    public var contentLength: Int?
    public var eTag: String?
    public var lastModified: Timestamp?
    public var versionID: String?

    public init(contentType: String? = nil, contentLength: Int? = nil, eTag: String? = nil, lastModified: Timestamp? = nil, versionID: String? = nil) {
        self.contentType = contentType
        self.contentLength = contentLength
        self.eTag = eTag
        self.lastModified = lastModified
        self.versionID = versionID
    }

    init(headers: HTTPHeaders) throws {
        var contentLength: Int?
        if let text = headers[S3Header.contentLength] {
            guard let value = Int(text) else {
                throw ResponseDecodingError(path: "header \(S3Header.contentLength)", problem: "is '\(text)', not a whole number")
            }
            contentLength = value
        }
        var lastModified: Timestamp?
        if let text = headers[S3Header.lastModified] {
            do {
                lastModified = try Timestamp(httpDate: text)
            } catch let error as AWSError {
                throw ResponseDecodingError(path: "header \(S3Header.lastModified)", problem: "is not an HTTP date: \(error.message)")
            }
        }
        self.init(
            contentType: headers[S3Header.contentType], contentLength: contentLength, eTag: headers[S3Header.eTag],
            lastModified: lastModified, versionID: headers[S3Header.versionID])
    }
}
