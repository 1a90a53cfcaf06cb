import AWSCore
import LabCore

/// One resource found by its tags, reduced to what cleaning and the janitor's sweep decide on.
public struct LabResource: Sendable, Hashable {
    public var kind: CleanupResourceKind
    public var id: String
    /// The `ExperimentID` tag.
    public var experimentID: String
    /// EC2's state word for the kind (`running`, `shutting-down`, `available`, `in-use`, `open`, …); empty for
    /// security groups, which have none.
    public var state: String
    public var tags: [String: String]
    /// Instances it is attached to (volumes, network interfaces) or that it launched (spot requests).
    public var instanceIDs: [String]
    /// Launch or creation time, when EC2 reports one (instances, volumes, spot requests).
    public var createdAt: Timestamp?

    public init(
        kind: CleanupResourceKind, id: String, experimentID: String, state: String, tags: [String: String],
        instanceIDs: [String] = [], createdAt: Timestamp? = nil
    ) {
        self.kind = kind
        self.id = id
        self.experimentID = experimentID
        self.state = state
        self.tags = tags
        self.instanceIDs = instanceIDs
        self.createdAt = createdAt
    }

    /// The `ExpiresAt` tag, when present and RFC 3339.
    public var expiresAt: Timestamp? {
        guard let text = tags[TagKeys.expiresAt] else { return nil }
        do {
            return try Timestamp(iso8601: text)
        } catch {
            // A malformed tag is treated as absent: the sweep then falls back to the execution and the record.
            return nil
        }
    }

    /// The `ExecutionArn` tag.
    public var executionArn: String? { tags[TagKeys.executionArn].flatMap { $0.isEmpty ? nil : $0 } }

    /// Whether the resource carries the lab's own tags: `Project=pulsar-aws-lab` and a non-empty `ExperimentID`.
    /// Nothing else is ever touched, whatever a filter returned.
    public static func isLabOwned(_ tags: [String: String]) -> Bool {
        tags[TagKeys.project] == TagKeys.projectValue && !(tags[TagKeys.experimentID] ?? "").isEmpty
    }

    /// Whether it is already gone or on its way out by itself, so there is nothing to do or list.
    public var isGone: Bool {
        switch kind {
        case .instance: state == "terminated"
        case .spotInstanceRequest: state == "cancelled" || state == "closed" || state == "failed"
        case .volume: state == "deleting" || state == "deleted"
        case .placementGroup: state == "deleting" || state == "deleted"
        case .networkInterface, .securityGroup: false
        }
    }
}
