/// Signs requests with AWS Signature Version 4: in the `Authorization` header, or in the query string
/// (presigned URLs, e.g. S3 GET links to reports).
///
/// Two rule sets, as in every AWS SDK: the standard one normalises the path (removes `.`/`..` and empty
/// segments) and URI-encodes the (already encoded) path once more; S3's signs the path exactly as sent,
/// encoded once and not normalised, and always sends `x-amz-content-sha256`.
///
/// See: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
/// and https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
public struct SigV4Signer: Sendable {
    /// How the canonical URI is made from the request path.
    public enum PathRules: Sendable, Equatable {
        /// Normalise, then encode the encoded path again (every service but S3).
        case standard
        /// The path as sent: encoded once, not normalised (S3).
        case s3
    }

    /// What stands for the body in the canonical request.
    public enum Payload: Sendable, Equatable {
        /// The SHA-256 of the body.
        case signed
        /// `UNSIGNED-PAYLOAD` (S3 only).
        case unsigned
    }

    /// The service name in the credential scope (`ec2`, `s3`, `states`, …).
    public var signingName: String
    public var region: String
    public var pathRules: PathRules
    /// Whether to send `x-amz-content-sha256` (S3 requires it on every request).
    public var sendsContentSHA256: Bool
    private let keyCache: SigV4SigningKeyCache

    public init(
        signingName: String, region: String, pathRules: PathRules = .standard, sendsContentSHA256: Bool? = nil,
        keyCache: SigV4SigningKeyCache = SigV4SigningKeyCache()
    ) {
        self.signingName = signingName
        self.region = region
        self.pathRules = pathRules
        self.sendsContentSHA256 = sendsContentSHA256 ?? (pathRules == .s3)
        self.keyCache = keyCache
    }

    /// The request with `Host`, `X-Amz-Date`, `X-Amz-Security-Token` (temporary credentials),
    /// `x-amz-content-sha256` (S3) and `Authorization` set.
    public func sign(
        _ request: HTTPRequest, credentials: AWSCredentials, at time: Timestamp, payload: Payload = .signed
    ) -> HTTPRequest {
        var signed = prepareForHeaderSigning(request, credentials: credentials, at: time, payload: payload)
        let result = signature(ofPrepared: signed, credentials: credentials, at: time, payload: payload)
        signed.headers.set(SigV4.Header.authorization, result.authorization)
        return signed
    }

    /// Every step of header signing, without changing the request (for tests and diagnostics).
    public func signature(
        for request: HTTPRequest, credentials: AWSCredentials, at time: Timestamp, payload: Payload = .signed
    ) -> SigV4Signature {
        let prepared = prepareForHeaderSigning(request, credentials: credentials, at: time, payload: payload)
        return signature(ofPrepared: prepared, credentials: credentials, at: time, payload: payload)
    }

    /// A presigned copy of the request: the signature and its parameters in the query string, valid for
    /// `expiresIn` seconds (1…604800). The payload is `UNSIGNED-PAYLOAD`, as S3 expects of presigned URLs.
    ///
    /// See: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
    /// - Throws: `AWSError` (`.invalidRequest`) when `expiresIn` is out of range.
    public func presign(
        _ request: HTTPRequest, credentials: AWSCredentials, at time: Timestamp, expiresIn: Int
    ) throws -> HTTPRequest {
        guard (1...SigV4.maximumPresignedExpiry).contains(expiresIn) else {
            throw AWSError(
                kind: .invalidRequest, code: "InvalidPresignExpiry",
                message: "a presigned URL can be valid for 1 to \(SigV4.maximumPresignedExpiry) seconds (7 days), not \(expiresIn)")
        }
        var presigned = request
        presigned.headers.remove(SigV4.Header.authorization)
        if !presigned.headers.contains(SigV4.Header.host) { presigned.headers.set(SigV4.Header.host, request.url.hostHeader) }
        let scope = credentialScope(at: time)
        let signedHeaders = canonicalHeaders(of: presigned.headers).names
        var parameters = [
            (SigV4.QueryParameter.algorithm, SigV4.algorithm),
            (SigV4.QueryParameter.credential, credentials.accessKeyID + "/" + scope),
            (SigV4.QueryParameter.date, time.sigV4DateTime),
            (SigV4.QueryParameter.expires, String(expiresIn)),
            (SigV4.QueryParameter.signedHeaders, signedHeaders),
        ]
        if let token = credentials.sessionToken { parameters.append((SigV4.QueryParameter.securityToken, token)) }
        presigned.url.query = SigV4Signer.appending(parameters, to: presigned.url.query)
        let result = signature(ofPrepared: presigned, credentials: credentials, at: time, payload: .unsigned)
        presigned.url.query = SigV4Signer.appending([(SigV4.QueryParameter.signature, result.signature)], to: presigned.url.query)
        return presigned
    }

    // MARK: - Steps

    private func prepareForHeaderSigning(
        _ request: HTTPRequest, credentials: AWSCredentials, at time: Timestamp, payload: Payload
    ) -> HTTPRequest {
        var prepared = request
        prepared.headers.remove(SigV4.Header.authorization)
        if !prepared.headers.contains(SigV4.Header.host) { prepared.headers.set(SigV4.Header.host, request.url.hostHeader) }
        prepared.headers.set(SigV4.Header.date, time.sigV4DateTime)
        if let token = credentials.sessionToken {
            prepared.headers.set(SigV4.Header.securityToken, token)
        } else {
            prepared.headers.remove(SigV4.Header.securityToken)
        }
        if sendsContentSHA256 { prepared.headers.set(SigV4.Header.contentSHA256, payloadHash(of: prepared, payload)) }
        return prepared
    }

    private func signature(
        ofPrepared request: HTTPRequest, credentials: AWSCredentials, at time: Timestamp, payload: Payload
    ) -> SigV4Signature {
        let headers = canonicalHeaders(of: request.headers)
        let canonicalRequest = [
            request.method.rawValue,
            canonicalURI(of: request.url.path),
            SigV4Signer.canonicalQuery(of: request.url.query),
            headers.block,
            headers.names,
            payloadHash(of: request, payload),
        ].joined(separator: "\n")
        let scope = credentialScope(at: time)
        let stringToSign = [
            SigV4.algorithm, time.sigV4DateTime, scope, Crypto.sha256Hex(Array(canonicalRequest.utf8)),
        ].joined(separator: "\n")
        let key = keyCache.signingKey(
            secret: credentials.secretAccessKey, date: time.sigV4Date, region: region, service: signingName)
        let signature = Crypto.hex(Crypto.hmacSHA256(key: key, message: Array(stringToSign.utf8)))
        let authorization = "\(SigV4.algorithm) Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(headers.names), Signature=\(signature)"
        return SigV4Signature(
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, credentialScope: scope,
            signedHeaders: headers.names, signature: signature, authorization: authorization)
    }

    private func credentialScope(at time: Timestamp) -> String {
        "\(time.sigV4Date)/\(region)/\(signingName)/\(SigV4.terminator)"
    }

    private func payloadHash(of request: HTTPRequest, _ payload: Payload) -> String {
        switch payload {
        case .signed: return Crypto.sha256Hex(request.body)
        case .unsigned: return SigV4.unsignedPayload
        }
    }

    /// Canonical URI: for S3 the path as sent; otherwise normalised and encoded once more.
    func canonicalURI(of path: String) -> String {
        switch pathRules {
        case .s3:
            return path.isEmpty ? "/" : path
        case .standard:
            return PercentEncoding.encode(SigV4Signer.removingDotSegments(path), keepingSlash: true)
        }
    }

    /// RFC 3986 section 5.2.4 dot-segment removal, also dropping empty segments, keeping a trailing `/`
    /// (what botocore's `normalize_url_path` does).
    static func removingDotSegments(_ path: String) -> String {
        guard !path.isEmpty else { return "/" }
        var output: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !output.isEmpty { output.removeLast() }
            default: output.append(segment)
            }
        }
        var normalised = "/" + output.joined(separator: "/")
        if path.hasSuffix("/"), !output.isEmpty { normalised += "/" }
        return normalised
    }

    /// Canonical query: each name and value decoded and re-encoded with the SigV4 rules, sorted by name then
    /// value (byte order); a parameter without `=` gets an empty value.
    static func canonicalQuery(of query: String) -> String {
        guard !query.isEmpty else { return "" }
        var pairs: [(name: String, value: String)] = []
        for parameter in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentEncoding.encode(bytes: PercentEncoding.decode(String(parts[0])))
            let value = parts.count > 1 ? PercentEncoding.encode(bytes: PercentEncoding.decode(String(parts[1]))) : ""
            pairs.append((name, value))
        }
        pairs.sort { ($0.name.utf8.lexicographicallyPrecedes($1.name.utf8)) || ($0.name == $1.name && $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)) }
        return pairs.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    /// Canonical headers: lower-case names, values trimmed with inner whitespace runs collapsed,
    /// repeated names joined by `,` in order, sorted by name; and the `;`-joined list of names.
    func canonicalHeaders(of headers: HTTPHeaders) -> (block: String, names: String) {
        var values: [String: [String]] = [:]
        for field in headers {
            let name = HTTPHeaders.lowercased(field.name)
            guard !SigV4.unsignedHeaders.contains(name) else { continue }
            let value = field.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            values[name, default: []].append(value)
        }
        let names = values.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let block = names.map { "\($0):\(values[$0, default: []].joined(separator: ","))\n" }.joined()
        return (block, names.joined(separator: ";"))
    }

    /// Appends encoded `name=value` parameters to an encoded query.
    static func appending(_ parameters: [(String, String)], to query: String) -> String {
        let added = parameters.map { PercentEncoding.encode($0.0) + "=" + PercentEncoding.encode($0.1) }
        return ([query].filter { !$0.isEmpty } + added).joined(separator: "&")
    }
}
