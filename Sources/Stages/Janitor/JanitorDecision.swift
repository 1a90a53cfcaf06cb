import JSONCoding

/// One experiment the janitor looked at: what its resources said, and the verdict.
public struct JanitorDecision: Sendable, Hashable {
    public var facts: ExperimentFacts
    public var verdict: JanitorVerdict
    /// The executions checked, and what was learnt.
    public var executions: [String: ExecutionState]

    public init(facts: ExperimentFacts, verdict: JanitorVerdict, executions: [String: ExecutionState]) {
        self.facts = facts
        self.verdict = verdict
        self.executions = executions
    }

    public var experimentID: String { facts.experimentID }

    /// `{"experimentId", "verdict": "clean"|"keep", "reason", "resourcesFound", "expiresAt"?, "executions"?}`.
    public var json: JSONObject {
        var object: JSONObject = [
            "experimentId": .string(facts.experimentID), "verdict": .string(verdict.cleans ? "clean" : "keep"),
            "reason": .string(verdict.reason), "resourcesFound": .number(JSONNumber(facts.resourceCount)),
        ]
        if let expiresAt = facts.expiresAt { object["expiresAt"] = .string(expiresAt.iso8601String()) }
        if !executions.isEmpty {
            object["executions"] = .object(JSONObject(uniqueKeysWithValues: executions.keys.sorted().map { arn in
                let state: String
                switch executions[arn]! {
                case .status(let status): state = status
                case .missing: state = "DOES_NOT_EXIST"
                case .unknown(let why): state = "UNKNOWN: \(why)"
                }
                return (arn, JSONValue.string(state))
            }))
        }
        return object
    }
}
