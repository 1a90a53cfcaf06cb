/// The S3 header names the clients read and write, in one place.
enum S3Header {
    static let contentType = "Content-Type"
    static let contentLength = "Content-Length"
    static let eTag = "ETag"
    static let lastModified = "Last-Modified"
    static let versionID = "x-amz-version-id"
}
