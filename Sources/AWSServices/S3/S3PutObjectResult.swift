/// What `PutObject` answers.
public struct S3PutObjectResult: Sendable, Hashable {
    /// The entity tag, quoted as S3 sends it (`"9b2cf535f27731c974343645a3985328"`).
    public var eTag: String?
    /// Set when the bucket is versioned.
    public var versionID: String?

    public init(eTag: String?, versionID: String?) {
        self.eTag = eTag
        self.versionID = versionID
    }
}
