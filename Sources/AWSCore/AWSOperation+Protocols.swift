/// Builders for the request shapes of each protocol, so typed clients state only their parameters.
extension AWSOperation {
    /// Content types, in one place.
    public enum ContentType {
        public static let form = "application/x-www-form-urlencoded; charset=utf-8"
        public static func json(_ version: String) -> String { "application/x-amz-json-\(version)" }
        public static let restJSON = "application/json"
    }

    /// An EC2 or AWS query call: `POST /` with the form-encoded parameters.
    ///
    /// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html
    public static func query(
        _ service: AWSService, _ parameters: QueryParameters, idempotency: Idempotency
    ) -> AWSOperation {
        var headers = HTTPHeaders()
        headers.set("Content-Type", ContentType.form)
        return AWSOperation(
            service: service, name: parameters["Action"] ?? "", method: .post, path: "/", headers: headers,
            body: Array(parameters.encoded.utf8), idempotency: idempotency)
    }

    /// A JSON 1.0/1.1 call: `POST /` with `X-Amz-Target: <prefix>.<operation>` and a JSON body
    /// (`{}` when the input is empty).
    ///
    /// See: https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html
    public static func json(
        _ service: AWSService, _ operation: String, body: [UInt8], idempotency: Idempotency
    ) -> AWSOperation {
        guard case .json(let version) = service.wireProtocol, let prefix = service.targetPrefix else {
            preconditionFailure("\(service.id) does not speak the JSON 1.x protocol")
        }
        var headers = HTTPHeaders()
        headers.set("Content-Type", ContentType.json(version))
        headers.set("X-Amz-Target", "\(prefix).\(operation)")
        return AWSOperation(
            service: service, name: operation, method: .post, path: "/", headers: headers,
            body: body.isEmpty ? Array("{}".utf8) : body, idempotency: idempotency)
    }
}

extension AWSOperation {
    /// A REST call (REST-JSON: Lambda, Scheduler): `method` on a path built from `segments`, each
    /// percent-encoded as one path label (so `arn:aws:lambda:…` becomes `arn%3Aaws%3Alambda%3A…`, as botocore
    /// sends it), with optional query, headers and body.
    ///
    /// See: https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
    public static func rest(
        _ service: AWSService, _ operation: String, method: HTTPMethod, segments: [String],
        query: [(name: String, value: String)] = [], headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
        idempotency: Idempotency
    ) -> AWSOperation {
        AWSOperation(
            service: service, name: operation, method: method,
            path: "/" + segments.map { PercentEncoding.encode($0) }.joined(separator: "/"),
            query: query, headers: headers, body: body, idempotency: idempotency)
    }
}
