/// The exchange shared by the container and instance-metadata credential providers: a request to a local
/// endpoint whose transport failures and error statuses become `.credentials` errors naming what was asked.
extension HTTPTransport {
    /// Sends `request` and returns its successful response.
    ///
    /// - Throws: `AWSError` (`.credentials`) with `failureCode` for an error status, or the transport's
    ///   error re-labelled as a credentials failure, both saying `what` could not be fetched.
    func fetchCredentialResource(_ request: HTTPRequest, what: String, failureCode: String) throws -> HTTPResponse {
        let response: HTTPResponse
        do {
            response = try send(request)
        } catch let error as AWSError {
            var failure = error
            failure.kind = .credentials
            failure.message = "cannot get \(what) from \(request.url.origin): \(error.message)"
            throw failure
        }
        return try response.requireCredentialSuccess(what: what, from: request.url, failureCode: failureCode)
    }
}

extension HTTPResponse {
    /// The response itself when 2xx; otherwise a `.credentials` error with its status and body.
    func requireCredentialSuccess(what: String, from url: HTTPURL, failureCode: String) throws -> HTTPResponse {
        guard isSuccess else {
            throw AWSError(
                kind: .credentials, code: failureCode,
                message: "\(url.origin)\(url.path) answered HTTP \(status) for \(what): \(bodyText.prefix(300))",
                httpStatus: status, isRetryable: status >= 500)
        }
        return self
    }
}
