import AWSCore

/// Sending typed requests: one page, or every page of a listing.
extension AWSClient {
    /// Sends `request` (with AWSCore's retries) and decodes its response.
    ///
    /// - Throws: `AWSError`: the service's error, a transport/credentials failure, or `.malformedResponse`
    ///   (code `MalformedResponse`) when the response lacks what the lab relies on.
    public func call<Request: AWSServiceRequest>(_ request: Request) throws -> Request.Response {
        let operation = request.operation
        let response = try send(operation)
        do {
            return try request.decode(response)
        } catch let error as ResponseDecodingError {
            throw AWSError(
                kind: .malformedResponse, service: operation.service.id, operation: operation.name,
                code: "MalformedResponse",
                message: "the \(response.status) response could not be read: \(error); the service or an emulator in front of it answered in a form this client does not know",
                requestID: response.awsRequestID, httpStatus: response.status, underlying: error)
        } catch let error as AWSError {
            var attributed = error
            if attributed.service.isEmpty { attributed.service = operation.service.id }
            if attributed.operation.isEmpty { attributed.operation = operation.name }
            if attributed.requestID == nil { attributed.requestID = response.awsRequestID }
            throw attributed
        }
    }

    /// Sends `request` once per page, following the page tokens, and returns every item in order.
    ///
    /// - Throws: what `call(_:)` throws; and `AWSError` (`.malformedResponse`, code `RepeatedPageToken`) when
    ///   the service hands back the token it was just given, which would otherwise loop forever
    ///   (botocore's paginators stop the same way).
    public func callAllPages<Request: PaginatedRequest>(_ request: Request) throws -> [Request.Response.Item] {
        var pageRequest = request
        var items: [Request.Response.Item] = []
        while true {
            let page = try call(pageRequest)
            items += page.items
            guard let next = page.nextPageToken else { return items }
            if let previous = pageRequest.pageToken, previous == next {
                let operation = request.operation
                throw AWSError(
                    kind: .malformedResponse, service: operation.service.id, operation: operation.name,
                    code: "RepeatedPageToken",
                    message: "after \(items.count) items, the service returned the same page token it was sent (\(next)); stopping instead of looping forever")
            }
            pageRequest.pageToken = next
        }
    }
}
