import JSONCoding
import LabCore

/// What an invocation asks the janitor to do, recognised from its input (docs/janitor.md):
///
/// - EventBridge's "Step Functions Execution Status Change" event (`source` `aws.states`) → `.executionEnded`;
/// - `{"action": "sweep"}` (EventBridge Scheduler's fixed input; optional `dryRun`, default false, and
///   `graceMinutes`, default 120), or an EventBridge "Scheduled Event" → `.sweep`;
/// - `{"action": "clean", "experiments": ["id", …]}` (optional `dryRun`, **default true**) → `.clean`.
///
/// Anything else is refused, and so is an unknown key in the two `action` inputs: a misspelt `dryRun` on a sweep
/// must not turn into a real deletion.
public enum JanitorRequest: Sendable, Hashable {
    case executionEnded(ExecutionStatusChange)
    case sweep(dryRun: Bool, graceMinutes: Int)
    case clean(experimentIDs: [String], dryRun: Bool)

    /// Input names, in one place (docs/janitor.md documents them).
    public enum Field {
        public static let action = "action"
        public static let dryRun = "dryRun"
        public static let graceMinutes = "graceMinutes"
        public static let experiments = "experiments"
        public static let sweep = "sweep"
        public static let clean = "clean"
        public static let detailType = "detail-type"
        public static let source = "source"
        public static let detail = "detail"
        public static let statusChangeDetailType = "Step Functions Execution Status Change"
        public static let statesSource = "aws.states"
        public static let scheduledEventDetailType = "Scheduled Event"
        public static let eventsSource = "aws.events"
    }

    /// Orphans (no record, no execution) younger than this are left alone: an experiment being set up.
    public static let defaultGraceMinutes = 120

    public init(event: JSONValue) throws(StageError) {
        guard let object = event.objectValue else {
            throw Self.refused("the input is \(event.kindDescription), not a JSON object")
        }
        if let detailType = object[Field.detailType]?.stringValue {
            let source = object[Field.source]?.stringValue
            if detailType == Field.statusChangeDetailType && source == Field.statesSource {
                self = .executionEnded(try Self.statusChange(object[Field.detail]))
                return
            }
            if detailType == Field.scheduledEventDetailType && source == Field.eventsSource {
                self = .sweep(dryRun: false, graceMinutes: Self.defaultGraceMinutes)
                return
            }
            throw Self.refused("an EventBridge event of type \"\(detailType)\" from \(source.map { "\"\($0)\"" } ?? "no source")")
        }
        guard let action = object[Field.action]?.stringValue else {
            throw Self.refused("the object has no \"action\" and is not an EventBridge event")
        }
        switch action {
        case Field.sweep:
            try Self.checkKeys(object, allowed: [Field.action, Field.dryRun, Field.graceMinutes])
            let grace = try Self.int(object[Field.graceMinutes], name: Field.graceMinutes) ?? Self.defaultGraceMinutes
            guard grace >= 0 else { throw Self.refused("\"graceMinutes\" is \(grace); it must be 0 or more") }
            self = .sweep(dryRun: try Self.bool(object[Field.dryRun], name: Field.dryRun) ?? false, graceMinutes: grace)
        case Field.clean:
            try Self.checkKeys(object, allowed: [Field.action, Field.dryRun, Field.experiments])
            guard let list = object[Field.experiments]?.arrayValue, !list.isEmpty else {
                throw Self.refused("\"clean\" needs \"experiments\": a non-empty list of experiment ids")
            }
            var ids: [String] = []
            for (index, item) in list.enumerated() {
                guard let id = item.stringValue, ExperimentID.isValid(id) else {
                    throw Self.refused("experiments[\(index)] is \(item), not an experiment id (3–40 lowercase letters, digits and -)")
                }
                if !ids.contains(id) { ids.append(id) }
            }
            self = .clean(experimentIDs: ids, dryRun: try Self.bool(object[Field.dryRun], name: Field.dryRun) ?? true)
        default:
            throw Self.refused("\"action\" is \"\(action)\"; it must be \"sweep\" or \"clean\"")
        }
    }

    public var dryRun: Bool {
        switch self {
        case .executionEnded: false
        case .sweep(let dryRun, _), .clean(_, let dryRun): dryRun
        }
    }

    /// `execution-ended`, `sweep`, `manual`: the trigger named in logs, the summary and the record.
    public var trigger: String {
        switch self {
        case .executionEnded: "execution-ended"
        case .sweep: "sweep"
        case .clean: "manual"
        }
    }

    // MARK: reading

    private static func statusChange(_ detail: JSONValue?) throws(StageError) -> ExecutionStatusChange {
        guard let detail = detail?.objectValue else {
            throw refused("the status-change event has no \"detail\" object")
        }
        guard let arn = detail["executionArn"]?.stringValue, !arn.isEmpty else {
            throw refused("the status-change event's detail has no \"executionArn\"")
        }
        guard let status = detail["status"]?.stringValue else {
            throw refused("the status-change event's detail has no \"status\"")
        }
        // The name is the ARN's last part; the event carries it too.
        let name = detail["name"]?.stringValue ?? String(arn.split(separator: ":").last ?? "")
        return ExecutionStatusChange(
            executionArn: arn, name: name, status: status, stateMachineArn: detail["stateMachineArn"]?.stringValue)
    }

    private static func checkKeys(_ object: JSONObject, allowed: [String]) throws(StageError) {
        let unknown = object.keys.filter { !allowed.contains($0) }
        guard unknown.isEmpty else {
            throw refused("unknown key\(unknown.count == 1 ? "" : "s") \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")); allowed: \(allowed.joined(separator: ", "))")
        }
    }

    private static func bool(_ value: JSONValue?, name: String) throws(StageError) -> Bool? {
        guard let value else { return nil }
        guard let flag = value.boolValue else { throw refused("\"\(name)\" is \(value); it must be true or false") }
        return flag
    }

    private static func int(_ value: JSONValue?, name: String) throws(StageError) -> Int? {
        guard let value else { return nil }
        guard let number = value.intValue else { throw refused("\"\(name)\" is \(value); it must be a whole number") }
        return number
    }

    private static func refused(_ problem: String) -> StageError {
        StageError(
            .configurationError, stage: .janitor, experimentID: nil,
            "input not recognised: \(problem). The janitor takes the EventBridge \"Step Functions Execution Status Change\" event, {\"action\": \"sweep\"} (optional dryRun, graceMinutes) or {\"action\": \"clean\", \"experiments\": [\"<id>\"], \"dryRun\": false}; see docs/janitor.md")
    }
}

extension JSONValue {
    /// `a string`, `an array`, … for messages.
    fileprivate var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
