import JSONCoding

/// Turns an error response (status ≥ 300) into an `AWSError`, by the service's protocol:
/// - EC2 query: `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>`
/// - AWS query (IAM, STS): `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`
/// - JSON 1.0/1.1: `{"__type": "prefix#Code", "message": …}` and the `x-amzn-RequestId` header
/// - REST-JSON (Lambda): the `x-amzn-ErrorType` header, else the body's `__type`/`code`
/// - REST-XML (S3): `<Error><Code/><Message/><RequestId/></Error>`; a body-less response (HEAD) is named
///   from its status.
/// A body that is not what the protocol promises (an HTML page from a proxy) still gives an error with the
/// status and the start of the body, so nothing is lost.
///
/// See: https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
public enum AWSErrorDecoder {
    public static func decode(_ response: HTTPResponse, service: AWSService, operation: String) -> AWSError {
        var (code, message, requestID) = fields(of: response, protocol: service.wireProtocol)
        requestID = requestID ?? response.awsRequestID
        if code == nil, message == nil, !response.body.isEmpty {
            message = "unrecognised error body: " + String(response.bodyText.prefix(300))
        }
        let finalCode = code ?? statusCode(response.status)
        return AWSError(
            kind: .service, service: service.id, operation: operation, code: finalCode,
            message: message ?? reasonPhrase(response.status), requestID: requestID, httpStatus: response.status,
            isRetryable: RetryableErrors.isRetryable(code: finalCode, status: response.status))
    }

    private static func fields(of response: HTTPResponse, protocol wireProtocol: AWSProtocol) -> (String?, String?, String?) {
        switch wireProtocol {
        case .ec2Query:
            guard let root = xml(response.body) else { return (nil, nil, nil) }
            let error = root.element(at: "Errors", "Error")
            return (error?.text(of: "Code"), error?.text(of: "Message"), root.text(of: "RequestID") ?? root.text(of: "RequestId"))
        case .query:
            guard let root = xml(response.body) else { return (nil, nil, nil) }
            let error = root.child("Error")
            return (error?.text(of: "Code"), error?.text(of: "Message"), root.text(of: "RequestId"))
        case .restXML:
            guard let root = xml(response.body) else { return (nil, nil, nil) }
            let error = root.localName == "Error" ? root : root.child("Error")
            return (error?.text(of: "Code"), error?.text(of: "Message"), error?.text(of: "RequestId"))
        case .json, .restJSON:
            let body: JSONValue?
            do { body = response.body.isEmpty ? nil : try JSON.parse(response.body) } catch { body = nil }
            let typeHeader = wireProtocol == .restJSON ? response.headers["x-amzn-ErrorType"] : nil
            let rawCode = typeHeader ?? body?["__type"]?.stringValue ?? body?["code"]?.stringValue ?? body?["Code"]?.stringValue
            let message = body?["message"]?.stringValue ?? body?["Message"]?.stringValue ?? body?["errorMessage"]?.stringValue
            return (rawCode.map(sanitizedCode), message, nil)
        }
    }

    /// `aws.protocoltests#FooError` → `FooError`; `FooError:http://internal.amazon.com/…` → `FooError`.
    static func sanitizedCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return String(code.trimmingWhitespace())
    }

    private static func xml(_ body: [UInt8]) -> XMLElement? {
        guard !body.isEmpty else { return nil }
        do { return try XMLReader().parse(body) } catch { return nil }  // not XML: handled by the caller's fallback
    }

    /// A code for a response that carried none (S3 HEAD, a proxy's error page).
    static func statusCode(_ status: Int) -> String {
        switch status {
        case 301: return "PermanentRedirect"
        case 304: return "NotModified"
        case 400: return "BadRequest"
        case 403: return "Forbidden"
        case 404: return "NotFound"
        case 412: return "PreconditionFailed"
        case 429: return "TooManyRequestsException"
        case 500: return "InternalError"
        case 503: return "ServiceUnavailable"
        default: return "HTTP\(status)"
        }
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 301: return "Moved Permanently (the bucket is in another region)"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 412: return "Precondition Failed"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "HTTP status \(status)"
        }
    }
}
