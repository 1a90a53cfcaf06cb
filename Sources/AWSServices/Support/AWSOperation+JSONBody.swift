import AWSCore
import JSONCoding

extension AWSOperation {
    /// A JSON 1.0/1.1 call whose input is `body`, serialized compactly with keys in the order added.
    static func json(
        _ service: AWSService, _ operation: String, _ body: JSONObject, idempotency: Idempotency
    ) -> AWSOperation {
        .json(service, operation, body: JSON.serialize(.object(body)), idempotency: idempotency)
    }
}
