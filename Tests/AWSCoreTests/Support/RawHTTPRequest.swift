import AWSCore

/// A request in the test suite's raw form: `METHOD PATH[?QUERY] HTTP/1.1`, `Name:value` lines, an empty
/// line, the body. The suite writes the path decoded (e.g. raw UTF-8); a signer canonicalises the path it
/// holds by encoding it once, so the path is passed on as written.
struct RawHTTPRequest {
    var method: String
    var path: String
    var query: String
    var headers: HTTPHeaders
    var body: [UInt8]

    init(parsing text: String, caseName: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { throw SigV4TestCaseError("case \(caseName): empty request") }
        let requestLine = lines.removeFirst()
        guard requestLine.hasSuffix(" HTTP/1.1"), let space = requestLine.firstIndex(of: " ") else {
            throw SigV4TestCaseError("case \(caseName): request line '\(requestLine)' is not 'METHOD TARGET HTTP/1.1'")
        }
        method = String(requestLine[..<space])
        let target = requestLine[requestLine.index(after: space)..<requestLine.index(requestLine.endIndex, offsetBy: -9)]
        if let questionMark = target.firstIndex(of: "?") {
            path = String(target[..<questionMark])
            query = String(target[target.index(after: questionMark)...])
        } else {
            path = String(target)
            query = ""
        }
        headers = HTTPHeaders()
        var bodyLines: [String]? = nil
        for line in lines {
            if bodyLines != nil { bodyLines!.append(line); continue }
            if line.isEmpty { bodyLines = []; continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw SigV4TestCaseError("case \(caseName): header line '\(line)' has no ':'")
            }
            headers.add(String(line[..<colon]), String(line[line.index(after: colon)...]))
        }
        body = Array((bodyLines ?? []).joined(separator: "\n").utf8)
    }

    func httpRequest() throws -> HTTPRequest {
        let host = headers["Host"] ?? "example.amazonaws.com"
        let url = HTTPURL(scheme: "https", host: host, path: path, query: query)
        return HTTPRequest(method: HTTPMethod(rawValue: method), url: url, headers: headers, body: body)
    }
}
