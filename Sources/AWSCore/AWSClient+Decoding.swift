import JSONCoding

/// Sending a call and reading its body in one step, so typed clients stay thin. A body that cannot be
/// read becomes an `AWSError` (`.malformedResponse`) naming the service, the operation and what was wrong.
extension AWSClient {
    /// Sends `operation` and decodes its JSON body as `type`.
    public func sendJSON<T: Decodable>(_ operation: AWSOperation, as type: T.Type) throws -> T {
        let response = try send(operation)
        do {
            return try JSON.decode(type, from: response.body.isEmpty ? Array("{}".utf8) : response.body)
        } catch let error as DecodingError {
            throw malformed(operation, response, "its JSON body does not match \(T.self): \(error.summary)", error)
        }
    }

    /// Sends `operation` and parses its JSON body.
    public func sendJSON(_ operation: AWSOperation) throws -> JSONValue {
        let response = try send(operation)
        guard !response.body.isEmpty else { return .object(JSONObject()) }
        do {
            return try JSON.parse(response.body)
        } catch {
            throw malformed(operation, response, "its body is not JSON: \(error)", error)
        }
    }

    /// Sends `operation` and parses its XML body (EC2 query, AWS query, S3).
    public func sendXML(_ operation: AWSOperation) throws -> XMLElement {
        let response = try send(operation)
        do {
            return try XMLReader().parse(response.body)
        } catch let error as AWSError {
            throw malformed(operation, response, "its body is not well-formed XML: \(error.message)", error)
        }
    }

    private func malformed(_ operation: AWSOperation, _ response: HTTPResponse, _ reason: String, _ cause: any Error) -> AWSError {
        AWSError(
            kind: .malformedResponse, service: operation.service.id, operation: operation.name, code: "MalformedResponse",
            message: "the response could not be read: \(reason)",
            requestID: response.awsRequestID,
            httpStatus: response.status, underlying: cause)
    }
}
