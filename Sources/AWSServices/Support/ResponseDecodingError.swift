/// A successful response that lacks a member the lab relies on, or has one of the wrong form. Internal:
/// `AWSClient.call(_:)` wraps it into an `AWSError` (`.malformedResponse`) naming the service, the
/// operation and the request id, so callers handle one error type.
struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    /// Where in the response, e.g. `reservationSet.item[0].instancesSet.item[2].instanceId`.
    var path: String
    /// What is wrong there, e.g. `is missing`, `is 'maybe', not true or false`.
    var problem: String

    var description: String { "\(path) \(problem)" }
}
