import AWSCore
import AWSServices

/// Looking again, by id, at what termination changes: far cheaper than listing by tag again (one lookup per 100
/// ids, only for what can have changed), and it sees exactly the resources the run started from.
extension CleanupRun {
    /// Ids per Describe call when looking resources up by id.
    static let idsPerLookup = 100

    /// `inventory` after this run's terminations: the instances' states, and the state and attachments of the volumes
    /// and interfaces that were attached. A volume or interface AWS deleted with its instance (DeleteOnTermination)
    /// is recorded as deleted here and dropped. A lookup that fails is recorded (id `*`), and its kind keeps the
    /// states first listed, so nothing attached is deleted on a guess.
    mutating func refreshed(_ inventory: CleanupInventory) -> CleanupInventory {
        var byID: [String: LabResource] = [:]
        for resource in inventory.resources { byID[resource.kind.rawValue + " " + resource.id] = resource }
        func ids(_ kind: CleanupResourceKind, where keep: (LabResource) -> Bool = { _ in true }) -> [String] {
            inventory.resources.filter { $0.kind == kind && keep($0) }.map(\.id)
        }
        let attached: (LabResource) -> Bool = { $0.state != "available" && $0.state != "error" }
        let ec2 = cleaner.ec2

        if let states = lookUp(ids(.instance), kind: .instance, describe: { chunk in
            try ec2.describeAllInstances(DescribeInstancesRequest(instanceIDs: chunk)).map { ($0.instanceID, $0.state.name, []) }
        }) {
            for id in ids(.instance) {
                byID["instance " + id]?.state = states[id]?.state ?? "terminated"
            }
        }
        if let states = lookUp(ids(.volume, where: attached), kind: .volume, describe: { chunk in
            try ec2.describeAllVolumes(DescribeVolumesRequest(volumeIDs: chunk)).map {
                ($0.volumeID, $0.state, $0.attachments.compactMap(\.instanceID))
            }
        }) {
            for id in ids(.volume, where: attached) { update(&byID, kind: .volume, id: id, to: states[id]) }
        }
        if let states = lookUp(ids(.networkInterface, where: attached), kind: .networkInterface, describe: { chunk in
            try ec2.describeAllNetworkInterfaces(DescribeNetworkInterfacesRequest(networkInterfaceIDs: chunk)).map {
                ($0.networkInterfaceID, $0.status, $0.attachedInstanceID.map { [$0] } ?? [])
            }
        }) {
            for id in ids(.networkInterface, where: attached) { update(&byID, kind: .networkInterface, id: id, to: states[id]) }
        }
        var result = inventory
        result.resources = byID.values.sorted(by: CleanupInventory.cleaningOrder)
        return result
    }

    /// A volume or interface seen again: its new state, or, when AWS no longer has it, a `deleted` outcome.
    private mutating func update(
        _ byID: inout [String: LabResource], kind: CleanupResourceKind, id: String,
        to seen: (state: String, instanceIDs: [String])?
    ) {
        let key = kind.rawValue + " " + id
        guard let resource = byID[key] else { return }
        guard let seen, seen.state != "deleting", seen.state != "deleted" else {
            record(CleanupOutcome(
                kind: kind, id: id, experimentID: resource.experimentID, action: .delete, result: .deleted,
                detail: "deleted by AWS with its instance (DeleteOnTermination)"))
            byID[key] = nil
            return
        }
        byID[key]?.state = seen.state
        byID[key]?.instanceIDs = seen.instanceIDs
    }

    /// The state (and attachments) of each id EC2 still knows; nil when the lookup failed (recorded). An id EC2
    /// no longer knows is absent: a batch failing with a NotFound code is retried id by id to find which.
    private mutating func lookUp(
        _ ids: [String], kind: CleanupResourceKind,
        describe: ([String]) throws -> [(String, String, [String])]
    ) -> [String: (state: String, instanceIDs: [String])]? {
        var found: [String: (state: String, instanceIDs: [String])] = [:]
        for start in stride(from: 0, to: ids.count, by: Self.idsPerLookup) {
            let chunk = Array(ids[start..<min(start + Self.idsPerLookup, ids.count)])
            do {
                for (id, state, instances) in try describe(chunk) { found[id] = (state, instances) }
            } catch let error as AWSError where CleanupErrorCodes.alreadyGone.contains(error.code) {
                for id in chunk {
                    do {
                        for (id, state, instances) in try describe([id]) { found[id] = (state, instances) }
                    } catch let error as AWSError where CleanupErrorCodes.alreadyGone.contains(error.code) {
                        continue  // gone: absent from `found`
                    } catch {
                        recordLookupFailure(kind, error)
                        return nil
                    }
                }
            } catch {
                recordLookupFailure(kind, error)
                return nil
            }
        }
        return found
    }

    private mutating func recordLookupFailure(_ kind: CleanupResourceKind, _ error: any Error) {
        record(CleanupOutcome(
            kind: kind, id: "*", experimentID: "*", action: .find, result: .failed,
            detail: "looking again at \(kind.rawValue)s after termination failed, so their first states were kept; a later run looks again: \(error)",
            errorCode: (error as? AWSError)?.code))
    }
}
