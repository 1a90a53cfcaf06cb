/// The intermediate and final strings of one SigV4 signature, so tests (and anyone debugging a
/// `SignatureDoesNotMatch`) can compare each step with what AWS computed.
///
/// See: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
public struct SigV4Signature: Sendable, Equatable {
    /// Step 1: method, canonical URI, canonical query, canonical headers, signed headers, payload hash.
    public var canonicalRequest: String
    /// Step 2: algorithm, date-time, credential scope, hash of the canonical request.
    public var stringToSign: String
    /// `yyyyMMdd/region/service/aws4_request`.
    public var credentialScope: String
    /// Lower-case header names joined by `;`.
    public var signedHeaders: String
    /// Lower-case hex HMAC of the string to sign.
    public var signature: String
    /// The `Authorization` header value (header signing).
    public var authorization: String
}
