/// An absolute `http`/`https` URL split into the parts a signer and a transport need.
/// `path` and `query` are kept exactly as they go on the wire (already percent-encoded).
public struct HTTPURL: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String
    /// Host name or IP literal (an IPv6 literal keeps its brackets, `[::1]`).
    public var host: String
    /// The port when one was written; `nil` means the scheme's default.
    public var port: Int?
    /// The encoded path, starting with `/`.
    public var path: String
    /// The encoded query without the `?` (empty when there is none).
    public var query: String

    public init(scheme: String, host: String, port: Int? = nil, path: String = "/", query: String = "") {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path.isEmpty ? "/" : path
        self.query = query
    }

    /// Parses `scheme://host[:port][/path][?query]`. A fragment is dropped; user info is refused.
    ///
    /// - Throws: `AWSError` (`.invalidRequest`, code `InvalidURL`) saying what is wrong with `text`.
    public init(parsing text: String) throws {
        func fail(_ reason: String) -> AWSError {
            AWSError(kind: .invalidRequest, code: "InvalidURL", message: "'\(text)' is not a usable URL: \(reason)")
        }
        guard let schemeEnd = text.firstRange(of: "://") else { throw fail("it has no scheme (expected http:// or https://)") }
        let scheme = String(text[..<schemeEnd.lowerBound]).lowercased()
        guard scheme == "http" || scheme == "https" else { throw fail("scheme '\(scheme)' is not http or https") }
        var rest = Substring(text[schemeEnd.upperBound...])
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard !authority.contains("@") else { throw fail("user info in a URL is not supported") }
        var host = authority
        var port: Int?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw fail("unclosed '[' in the host") }
            host = authority[...close]
            let afterHost = authority[authority.index(after: close)...]
            if afterHost.hasPrefix(":") { port = Int(afterHost.dropFirst()) ?? -1 } else if !afterHost.isEmpty { port = -1 }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            port = Int(authority[authority.index(after: colon)...]) ?? -1
        }
        guard !host.isEmpty else { throw fail("it has no host") }
        if let port, !(1...65535).contains(port) { throw fail("the port is not a number in 1...65535") }
        let pathAndQuery = rest[authorityEnd...]
        var path = pathAndQuery
        var query: Substring = ""
        if let questionMark = pathAndQuery.firstIndex(of: "?") {
            path = pathAndQuery[..<questionMark]
            query = pathAndQuery[pathAndQuery.index(after: questionMark)...]
        }
        self.init(scheme: scheme, host: String(host).lowercased(), port: port, path: String(path), query: String(query))
    }

    /// The port that will be used: the written one or the scheme's default.
    public var effectivePort: Int { port ?? (scheme == "https" ? 443 : 80) }

    /// The `Host` header value: the host, plus `:port` when it is not the scheme's default.
    public var hostHeader: String {
        guard let port, port != (scheme == "https" ? 443 : 80) else { return host }
        return "\(host):\(port)"
    }

    /// `scheme://host[:port]`, the origin without path.
    public var origin: String { "\(scheme)://\(hostHeader)" }

    public var description: String { origin + path + (query.isEmpty ? "" : "?" + query) }
}
