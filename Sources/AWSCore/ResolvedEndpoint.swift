/// Where to send a service's requests and how to sign them.
public struct ResolvedEndpoint: Sendable, Equatable {
    /// Scheme, host, port, and a base path (empty `/` unless a custom endpoint has one).
    public var url: HTTPURL
    /// The region in the SigV4 scope (differs from the client's region for global services).
    public var signingRegion: String
    /// Whether the endpoint came from configuration (`AWS_ENDPOINT_URL*`, config file) rather than AWS's
    /// naming rules; S3 then uses path-style addressing.
    public var isCustom: Bool

    public init(url: HTTPURL, signingRegion: String, isCustom: Bool) {
        self.url = url
        self.signingRegion = signingRegion
        self.isCustom = isCustom
    }
}
