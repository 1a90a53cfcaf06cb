import JSONCoding

/// What one cleanup run did (or, in a dry run, would do), resource by resource.
///
/// `isComplete` is the contract with the callers: teardown throws `TeardownIncomplete` when it is false (the
/// state machine retries), the janitor re-checks within its time budget or leaves the rest to its next run.
public struct CleanupReport: Sendable, Hashable {
    public var dryRun: Bool
    /// The experiments the run was about (those named, or those the listing found), sorted.
    public var experimentIDs: [String]
    /// In cleaning order (kind, experiment, id), listing failures first.
    public var outcomes: [CleanupOutcome]

    public init(dryRun: Bool, experimentIDs: [String], outcomes: [CleanupOutcome]) {
        self.dryRun = dryRun
        self.experimentIDs = experimentIDs
        self.outcomes = outcomes
    }

    public var deleted: [CleanupOutcome] { outcomes.filter { $0.result == .deleted } }
    public var pending: [CleanupOutcome] { outcomes.filter { $0.result == .pending } }
    public var failed: [CleanupOutcome] { outcomes.filter { $0.result == .failed } }
    public var planned: [CleanupOutcome] { outcomes.filter { $0.result == .wouldDelete } }

    /// A real run that left nothing behind: no failure and nothing pending. A dry run is never complete.
    public var isComplete: Bool { !dryRun && pending.isEmpty && failed.isEmpty }

    /// The outcomes of one experiment.
    public func outcomes(of experimentID: String) -> [CleanupOutcome] {
        outcomes.filter { $0.experimentID == experimentID || $0.experimentID == "*" }
    }

    /// `3 pending (instance i-1 shutting-down, …), 1 failed (volume vol-2: VolumeInUse …)`: what is left, for
    /// an error message such as teardown's `TeardownIncomplete`. Empty when complete.
    public var remainingSummary: String {
        func describe(_ outcome: CleanupOutcome) -> String {
            var text = "\(outcome.kind.rawValue) \(outcome.id)"
            if let code = outcome.errorCode { text += ": \(code)" }
            if let detail = outcome.detail { text += " (\(detail))" }
            return text
        }
        var parts: [String] = []
        for (label, list) in [("pending", pending), ("failed", failed)] where !list.isEmpty {
            let shown = list.prefix(5).map(describe).joined(separator: "; ")
            parts.append("\(list.count) \(label): \(shown)\(list.count > 5 ? "; …" : "")")
        }
        return parts.joined(separator: ", ")
    }

    /// Counts per result, e.g. `{"deleted": 4, "pending": 1, "failed": 0, "would-delete": 0}`.
    public var counts: JSONObject {
        [
            CleanupResult.deleted.rawValue: .number(JSONNumber(deleted.count)),
            CleanupResult.pending.rawValue: .number(JSONNumber(pending.count)),
            CleanupResult.failed.rawValue: .number(JSONNumber(failed.count)),
            CleanupResult.wouldDelete.rawValue: .number(JSONNumber(planned.count)),
        ]
    }

    /// The report as JSON: `dryRun`, `complete`, `experiments`, `counts`, `resources` (every outcome).
    public var json: JSONObject {
        [
            "dryRun": .bool(dryRun), "complete": .bool(isComplete),
            "experiments": .array(experimentIDs.map(JSONValue.string)), "counts": .object(counts),
            "resources": .array(outcomes.map { .object($0.json) }),
        ]
    }
}
