import JSONCoding

/// One resource's fate in a cleanup run; also one JSON log line (`kind`, `id`, `experimentId`, `action`,
/// `result`, `detail`, `errorCode`).
public struct CleanupOutcome: Sendable, Hashable {
    public var kind: CleanupResourceKind
    /// The resource id (`i-…`, `vol-…`, `eni-…`, `sir-…`, `sg-…`, the placement group's name), or `*` when
    /// listing the kind failed.
    public var id: String
    public var experimentID: String
    public var action: CleanupAction
    public var result: CleanupResult
    /// Why, in words: the state seen, what it waits for, or the AWS error's message.
    public var detail: String?
    /// The AWS error code when `result` is `.failed`.
    public var errorCode: String?

    public init(
        kind: CleanupResourceKind, id: String, experimentID: String, action: CleanupAction, result: CleanupResult,
        detail: String? = nil, errorCode: String? = nil
    ) {
        self.kind = kind
        self.id = id
        self.experimentID = experimentID
        self.action = action
        self.result = result
        self.detail = detail
        self.errorCode = errorCode
    }

    /// The outcome as a JSON object, keys in a fixed order.
    public var json: JSONObject {
        var object: JSONObject = [
            "kind": .string(kind.rawValue), "id": .string(id), "experimentId": .string(experimentID),
            "action": .string(action.rawValue), "result": .string(result.rawValue),
        ]
        if let detail { object["detail"] = .string(detail) }
        if let errorCode { object["errorCode"] = .string(errorCode) }
        return object
    }
}
