/// An object's bytes and metadata (`GetObject`).
public struct S3Object: Sendable, Hashable {
    public var body: [UInt8]
    public var metadata: S3ObjectMetadata

    public init(body: [UInt8], metadata: S3ObjectMetadata) {
        self.body = body
        self.metadata = metadata
    }
}
