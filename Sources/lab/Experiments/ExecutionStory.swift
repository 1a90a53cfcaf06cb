import AWSCore
import AWSServices
import Foundation
import JSONCoding

/// An execution's history told as lines a person reads (`lab logs`, and `lab run --wait`'s event lines):
/// states entered and exited with how long they took, retries with the attempt number and the wait before
/// them, failures with their error and cause, waits, Map items, and how the execution ended.
///
/// Events are added in id order as they arrive; the story remembers which state each event belongs to
/// (by `previousEventId`), how often a task state was attempted, and which states are open, so `lab run
/// --wait` can say where the execution is.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html
struct ExecutionStory {
    struct Line: Equatable {
        enum Kind: Equatable {
            case started, entered, exited, retry, failure, wait, mapItem, ended
        }

        var eventID: Int
        var timestamp: Timestamp
        var kind: Kind
        /// The state the line is about (`nil` for the execution's own start and end).
        var state: String?
        /// The error name of a failure line.
        var error: String?
        var text: String
    }

    /// The errors the lab's tasks throw to be asked again (the state machine retries them by design): a
    /// progress view counts them as attempts instead of showing each one.
    static let pollingErrors: Set<String> = ["ClusterNotReady", "BenchmarkRunning", "TeardownIncomplete"]

    private(set) var startedAt: Timestamp?
    /// The states entered and not yet exited, in entry order (a Map and the state inside it).
    private(set) var openStates: [String] = []
    private var stateOfEvent: [Int: String] = [:]
    private var enteredAt: [String: Timestamp] = [:]
    private var attemptsOf: [String: Int] = [:]
    private var lastFailure: [String: (error: String, at: Timestamp)] = [:]

    /// The state the execution is in now: the innermost open state.
    var currentState: String? { openStates.last }

    /// How many times the task of `state` was scheduled since it was last entered.
    func attempts(of state: String) -> Int { attemptsOf[state] ?? 0 }

    /// The error of the last failed attempt of `state`, since it was last entered.
    func lastError(of state: String) -> String? { lastFailure[state]?.error }

    /// Retries so far in the whole execution (every scheduling of a task after its first in one entry).
    private(set) var retries = 0

    /// Adds events (oldest first) and returns their lines; events that tell nothing new (a task started, a
    /// task succeeded before its state's exit line) give none.
    mutating func add(_ events: [SFNHistoryEvent]) -> [Line] {
        events.compactMap { add($0) }
    }

    private mutating func add(_ event: SFNHistoryEvent) -> Line? {
        let state = event.stateName ?? event.previousEventID.flatMap { stateOfEvent[$0] }
        if let state { stateOfEvent[event.id] = state }
        func line(_ kind: Line.Kind, _ text: String, error: String? = nil) -> Line {
            Line(eventID: event.id, timestamp: event.timestamp, kind: kind, state: state, error: error, text: text)
        }
        let type = event.type
        switch type {
        case "ExecutionStarted":
            startedAt = event.timestamp
            let input = event.details?["input"]?.stringValue.map { Self.oneLine($0, limit: 160) }
            return line(.started, "execution started" + (input.map { " with input \($0)" } ?? ""))
        case "ExecutionSucceeded":
            openStates.removeAll()
            return line(.ended, "execution SUCCEEDED")
        case "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut":
            openStates.removeAll()
            let status = ["ExecutionFailed": "FAILED", "ExecutionAborted": "ABORTED", "ExecutionTimedOut": "TIMED_OUT"][type]!
            return line(.ended, "execution \(status)" + Self.failureText(event), error: event.error)
        case _ where type.hasSuffix("StateEntered"):
            guard let state else { return nil }
            openStates.removeAll { $0 == state }
            openStates.append(state)
            enteredAt[state] = event.timestamp
            attemptsOf[state] = 0
            lastFailure[state] = nil
            return type == "WaitStateEntered" ? line(.wait, "\(state): waiting") : line(.entered, "\(state): entered")
        case _ where type.hasSuffix("StateExited"):
            guard let state else { return nil }
            openStates.removeAll { $0 == state }
            let took = enteredAt[state].map { event.timestamp.secondsElapsed(since: $0) }
            if type == "WaitStateExited" { return line(.wait, "\(state): waited \(ElapsedText.span(took ?? 0))") }
            return line(.exited, "\(state): exited" + (took.map { " after \(ElapsedText.span($0))" } ?? ""))
        case "TaskScheduled", "LambdaFunctionScheduled", "ActivityScheduled":
            guard let state else { return nil }
            let attempt = (attemptsOf[state] ?? 0) + 1
            attemptsOf[state] = attempt
            guard attempt > 1 else { return nil }
            retries += 1
            let after = lastFailure[state].map { " after \(ElapsedText.span(event.timestamp.secondsElapsed(since: $0.at)))" } ?? ""
            let reason = lastFailure[state].map { " (\($0.error))" } ?? ""
            return line(.retry, "\(state): retry \(attempt - 1)\(reason), attempt \(attempt)\(after)")
        case "TaskFailed", "LambdaFunctionFailed", "TaskTimedOut", "LambdaFunctionTimedOut", "TaskStartFailed",
            "LambdaFunctionStartFailed", "TaskSubmitFailed", "LambdaFunctionScheduleFailed", "ActivityFailed", "ActivityTimedOut":
            let name = state ?? "task"
            let error = event.error ?? (type.hasSuffix("TimedOut") ? "States.Timeout" : type)
            lastFailure[name] = (error, event.timestamp)
            let attempt = attemptsOf[name].map { " (attempt \($0))" } ?? ""
            return line(.failure, "\(name): failed\(attempt): " + error + Self.causeText(event.cause), error: error)
        case "MapStateStarted":
            let length = event.details?["length"]?.intValue
            return line(.mapItem, "\(state ?? "Map"): \(length.map { "\($0) item\($0 == 1 ? "" : "s")" } ?? "started")")
        case "MapIterationStarted", "MapIterationSucceeded", "MapIterationFailed", "MapIterationAborted":
            let index = event.details?["index"]?.intValue.map(String.init) ?? "?"
            let verb = ["MapIterationStarted": "started", "MapIterationSucceeded": "succeeded", "MapIterationFailed": "failed",
                        "MapIterationAborted": "aborted"][type]!
            return line(.mapItem, "\(state ?? "Map") item \(index): \(verb)")
        case "MapStateFailed", "MapStateAborted", "ParallelStateFailed", "ParallelStateAborted":
            return line(.failure, "\(state ?? "state"): \(type)", error: type)
        case "TaskStarted", "TaskSubmitted", "TaskSucceeded", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
            "ActivityStarted", "ActivitySucceeded", "MapStateSucceeded", "ParallelStateStarted", "ParallelStateSucceeded":
            return nil
        default:
            return line(.entered, (state.map { "\($0): " } ?? "") + type)
        }
    }

    /// The line as `lab logs` prints it: time, offset from the execution's start, text.
    func logLine(_ line: Line) -> String {
        let offset = startedAt.map { ElapsedText.offset(line.timestamp.secondsElapsed(since: $0)) } ?? "+--:--.---"
        return "\(line.timestamp.iso8601String(fractionalDigits: 3))  \(offset)  \(line.text)"
    }

    /// `: Error: cause` of a failed, aborted or timed-out execution (empty when it has neither).
    private static func failureText(_ event: SFNHistoryEvent) -> String {
        guard let error = event.error, !error.isEmpty else { return event.cause.map { ": " + readableCause($0) } ?? "" }
        return ": " + error + causeText(event.cause)
    }

    private static func causeText(_ cause: String?) -> String {
        guard let cause, !cause.isEmpty else { return "" }
        return " — " + readableCause(cause)
    }

    /// A Lambda error's cause is the function's error document (`{"errorType":…,"errorMessage":…}`): its
    /// message is what a person wants; anything else is kept, on one line.
    static func readableCause(_ cause: String) -> String {
        do {
            if let message = try JSON.parse(Array(cause.utf8))["errorMessage"]?.stringValue { return oneLine(message, limit: nil) }
        } catch {
            // Not JSON: a Fail state's own cause, or a service's text; shown as it is.
        }
        return oneLine(cause, limit: nil)
    }

    static func oneLine(_ text: String, limit: Int?) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        guard let limit, flat.count > limit else { return flat }
        return String(flat.prefix(limit - 1)) + "…"
    }
}
