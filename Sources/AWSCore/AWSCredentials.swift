/// A set of AWS credentials: long-term (access key pair) or temporary (with session token and expiry).
///
/// `description` never shows the secret or the token, so credentials can appear in logs safely.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// When temporary credentials stop working; `nil` for long-term keys.
    public var expiration: Timestamp?
    /// Where they came from (`environment`, `profile default`, `container`, `IMDS`…), for messages.
    public var source: String

    public init(
        accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil,
        expiration: Timestamp? = nil, source: String = "static"
    ) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
    }

    /// Whether these credentials are expired, or will be within `margin` of `time`.
    public func expires(within margin: Duration, of time: Timestamp) -> Bool {
        guard let expiration else { return false }
        return expiration.duration(since: time) <= margin
    }

    public var description: String {
        var text = "AWSCredentials(\(accessKeyID), from \(source)"
        if sessionToken != nil { text += ", with session token" }
        if let expiration { text += ", expires \(expiration)" }
        return text + ")"
    }
}
