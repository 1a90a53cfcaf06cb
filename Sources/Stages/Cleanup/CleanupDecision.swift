/// What to do with one resource now, decided from the inventory alone (pure, so a dry run and a real run decide
/// alike and tests need no AWS).
public enum CleanupDecision: Sendable, Hashable {
    /// Call `action` on it.
    case act(CleanupAction, note: String?)
    /// Leave it for now: it waits for something else to go first (why).
    case wait(String)

    /// The decision for `resource`.
    ///
    /// - Parameters:
    ///   - liveInstances: the experiment's instances that are not `terminated` (and will not be by this run).
    ///   - terminating: instances this run terminates; a dry run passes every instance it would terminate, so
    ///     what they hold (volumes, interfaces) is listed as deleted once they are gone — which a real run does
    ///     then, or its next run once AWS has detached them.
    ///   - busyInterfaces: the experiment's network interfaces that are still attached.
    public static func decide(
        _ resource: LabResource, liveInstances: Set<String>, terminating: Set<String>, busyInterfaces: Set<String>
    ) -> CleanupDecision {
        switch resource.kind {
        case .spotInstanceRequest:
            return .act(.cancel, note: nil)
        case .instance:
            return .act(.terminate, note: resource.state == "shutting-down" ? "already shutting-down" : nil)
        case .volume, .networkInterface:
            switch resource.state {
            case "available", "error":
                return .act(.delete, note: nil)
            case "in-use", "attaching", "detaching":
                let holders = resource.instanceIDs
                if !holders.isEmpty && holders.allSatisfy(terminating.contains) {
                    return .act(.delete, note: "once \(holders.joined(separator: ", ")) \(holders.count == 1 ? "has" : "have") terminated")
                }
                let held = holders.isEmpty ? "attached" : "attached to \(holders.joined(separator: ", "))"
                return .wait("\(resource.state), \(held); deleted by a later run once detached")
            default:
                return .wait("\(resource.kind.rawValue) is \(resource.state); a later run looks again")
            }
        case .placementGroup:
            if !liveInstances.isEmpty {
                return .wait("\(liveInstances.count) instance\(liveInstances.count == 1 ? "" : "s") of the experiment not terminated yet")
            }
            return .act(.delete, note: nil)
        case .securityGroup:
            if !liveInstances.isEmpty || !busyInterfaces.isEmpty {
                let what = [
                    liveInstances.isEmpty ? nil : "\(liveInstances.count) instance(s) not terminated",
                    busyInterfaces.isEmpty ? nil : "\(busyInterfaces.count) network interface(s) attached",
                ].compactMap { $0 }.joined(separator: " and ")
                return .wait("still in use: \(what)")
            }
            return .act(.delete, note: nil)
        }
    }
}
