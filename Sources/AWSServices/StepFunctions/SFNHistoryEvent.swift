import AWSCore
import JSONCoding

/// One event of an execution's history: its id, type and time, and its `…EventDetails` object (the one
/// member whose name ends that way, e.g. `executionFailedEventDetails`), from which `error`, `cause` and
/// `stateName` are read.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html
public struct SFNHistoryEvent: Sendable, Hashable {
    public var id: Int
    public var previousEventID: Int?
    /// E.g. `ExecutionStarted`, `TaskStateEntered`, `LambdaFunctionFailed`, `ExecutionFailed`.
    public var type: String
    public var timestamp: Timestamp
    /// The name of the details member, e.g. `executionFailedEventDetails`.
    public var detailsName: String?
    public var details: JSONObject?

    public init(id: Int, previousEventID: Int? = nil, type: String, timestamp: Timestamp, detailsName: String? = nil, details: JSONObject? = nil) {
        self.id = id
        self.previousEventID = previousEventID
        self.type = type
        self.timestamp = timestamp
        self.detailsName = detailsName
        self.details = details
    }

    /// The error name of a failure event (what `Retry`/`Catch` match on).
    public var error: String? { details?["error"]?.stringValue }
    public var cause: String? { details?["cause"]?.stringValue }
    /// The state entered or exited (`stateEnteredEventDetails.name`, `stateExitedEventDetails.name`).
    public var stateName: String? { details?["name"]?.stringValue }

    init(json: JSONFields) throws {
        let detailsName = json.object.keys.first { $0.hasSuffix("EventDetails") }
        self.init(
            id: try json.int("id"), previousEventID: try json.optionalInt("previousEventId"), type: try json.string("type"),
            timestamp: try json.timestamp("timestamp"), detailsName: detailsName,
            details: try detailsName.flatMap { try json.optionalObject($0)?.object })
    }
}
