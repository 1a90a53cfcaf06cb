/// The kinds of resource an experiment can leave behind, declared in the order they are cleaned: spot requests
/// first (so nothing launches a replacement), then instances, then what termination leaves (volumes, network
/// interfaces), then what instances were in (placement group, security group), which AWS refuses to delete
/// while a member remains. AMIs and snapshots are not here on purpose: the AMI manager owns them.
public enum CleanupResourceKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case spotInstanceRequest = "spot-instance-request"
    case instance
    case volume
    case networkInterface = "network-interface"
    case placementGroup = "placement-group"
    case securityGroup = "security-group"

    /// The position in the cleaning order.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    public static func < (lhs: CleanupResourceKind, rhs: CleanupResourceKind) -> Bool { lhs.order < rhs.order }
}
