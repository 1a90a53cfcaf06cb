import AWSCore
import AWSServices
import LambdaRuntime

/// One cleanup run in progress: acts kind by kind and collects one outcome per resource, logging each.
struct CleanupRun {
    let cleaner: ExperimentCleaner
    let dryRun: Bool
    private(set) var outcomes: [CleanupOutcome] = []

    /// Calls naming many resources at once (TerminateInstances, CancelSpotInstanceRequests) take this many ids.
    static let idsPerCall = 100

    init(cleaner: ExperimentCleaner, dryRun: Bool) {
        self.cleaner = cleaner
        self.dryRun = dryRun
    }

    mutating func record(_ outcome: CleanupOutcome) {
        outcomes.append(outcome)
        let level: LambdaLogger.Level = outcome.result == .failed ? .warn : .info
        cleaner.logger.log(level, "cleanup", outcome.json)
    }

    mutating func record(_ list: [CleanupOutcome]) {
        for outcome in list { record(outcome) }
    }

    // MARK: dry run

    /// Lists what a real run would do, deciding as it would once the instances it terminates are gone.
    mutating func plan(_ inventory: CleanupInventory) {
        let terminating = Set(inventory.resources.filter { $0.kind == .instance }.map(\.id))
        for resource in inventory.resources {
            let decision = CleanupDecision.decide(resource, liveInstances: [], terminating: terminating, busyInterfaces: [])
            switch decision {
            case .act(let action, let note):
                record(CleanupOutcome(
                    kind: resource.kind, id: resource.id, experimentID: resource.experimentID, action: action,
                    result: .wouldDelete, detail: note))
            case .wait(let reason):
                record(CleanupOutcome(
                    kind: resource.kind, id: resource.id, experimentID: resource.experimentID,
                    action: resource.kind == .instance ? .terminate : .delete, result: .pending, detail: reason))
            }
        }
    }

    // MARK: real run

    mutating func execute(_ inventory: CleanupInventory) {
        let spotRequests = inventory.resources.filter { $0.kind == .spotInstanceRequest }
        let instances = inventory.resources.filter { $0.kind == .instance }
        cancel(spotRequests)
        let requested = terminate(instances)

        // Termination detaches volumes and interfaces (and may finish at once): look again before deciding on
        // them and on the groups the instances were in.
        let current = instances.isEmpty ? inventory : refreshed(inventory)
        let liveInstances = reportInstances(requested, current: current)

        var busyInterfaces: [String: Set<String>] = [:]
        for resource in current.resources where resource.kind == .volume || resource.kind == .networkInterface {
            guard !resource.isGone else { continue }
            let result = deleteIfReady(resource, liveInstances: liveInstances[resource.experimentID] ?? [], busyInterfaces: [])
            if resource.kind == .networkInterface && result != .deleted {
                busyInterfaces[resource.experimentID, default: []].insert(resource.id)
            }
        }
        for resource in current.resources where resource.kind == .placementGroup || resource.kind == .securityGroup {
            deleteIfReady(
                resource, liveInstances: liveInstances[resource.experimentID] ?? [],
                busyInterfaces: busyInterfaces[resource.experimentID] ?? [])
        }
    }

    /// Cancels the spot requests, many per call; a failed call is retried id by id so one bad id fails alone.
    private mutating func cancel(_ requests: [LabResource]) {
        let byID = Dictionary(requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for chunk in requests.map(\.id).chunked(Self.idsPerCall) {
            do {
                let states = try cleaner.ec2.cancelSpotInstanceRequests(CancelSpotInstanceRequestsRequest(spotInstanceRequestIDs: chunk))
                let stateByID = Dictionary(states.map { ($0.spotInstanceRequestID, $0.state) }, uniquingKeysWith: { first, _ in first })
                for id in chunk {
                    record(outcome(byID[id]!, .cancel, .deleted, detail: stateByID[id] ?? "cancelled"))
                }
            } catch {
                for id in chunk {
                    do {
                        let states = try cleaner.ec2.cancelSpotInstanceRequests(CancelSpotInstanceRequestsRequest(spotInstanceRequestIDs: [id]))
                        record(outcome(byID[id]!, .cancel, .deleted, detail: states.first?.state ?? "cancelled"))
                    } catch {
                        record(failure(byID[id]!, .cancel, error))
                    }
                }
            }
        }
    }

    /// Terminates the instances, many per call (id by id after a failed call). Returns the state EC2 answered for
    /// each instance whose call succeeded; failures are recorded here, the rest by `reportInstances`.
    private mutating func terminate(_ instances: [LabResource]) -> [String: (resource: LabResource, state: String)] {
        let byID = Dictionary(instances.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var states: [String: String] = [:]
        for chunk in instances.map(\.id).chunked(Self.idsPerCall) {
            do {
                for change in try cleaner.ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: chunk)) {
                    states[change.instanceID] = change.currentState.name
                }
                for id in chunk where states[id] == nil { states[id] = "shutting-down" }
            } catch {
                for id in chunk {
                    do {
                        let changes = try cleaner.ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: [id]))
                        states[id] = changes.first?.currentState.name ?? "shutting-down"
                    } catch {
                        let classified = failure(byID[id]!, .terminate, error)
                        if classified.result == .deleted { states[id] = "terminated" } else { record(classified) }
                    }
                }
            }
        }
        var requested: [String: (resource: LabResource, state: String)] = [:]
        for (id, state) in states {
            if let resource = byID[id] { requested[id] = (resource, state) }
        }
        return requested
    }

    /// One outcome per instance whose termination was requested: `deleted` once `terminated`, else `pending` with
    /// its state. Returns the instances still alive (not terminated), per experiment.
    private mutating func reportInstances(
        _ requested: [String: (resource: LabResource, state: String)], current: CleanupInventory
    ) -> [String: Set<String>] {
        var live: [String: Set<String>] = [:]
        let stillThere = Dictionary(
            current.resources.filter { $0.kind == .instance && !$0.isGone }.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        for resource in stillThere.values where requested[resource.id] == nil {
            live[resource.experimentID, default: []].insert(resource.id)  // its termination failed
        }
        for (id, (resource, answered)) in requested.sorted(by: { $0.key < $1.key }) {
            let experimentID = resource.experimentID
            if let still = stillThere[id] {
                live[experimentID, default: []].insert(id)
                record(CleanupOutcome(
                    kind: .instance, id: id, experimentID: experimentID, action: .terminate, result: .pending,
                    detail: "\(still.state); a later run checks it is terminated"))
            } else {
                record(CleanupOutcome(
                    kind: .instance, id: id, experimentID: experimentID, action: .terminate, result: .deleted,
                    detail: answered == "terminated" ? "terminated" : "terminated (was \(answered))"))
            }
        }
        return live
    }

    /// Deletes a volume, network interface, placement group or security group when `CleanupDecision` says it
    /// can go now; records `pending` otherwise. Returns the result recorded.
    @discardableResult
    private mutating func deleteIfReady(_ resource: LabResource, liveInstances: Set<String>, busyInterfaces: Set<String>) -> CleanupResult {
        let decision = CleanupDecision.decide(resource, liveInstances: liveInstances, terminating: [], busyInterfaces: busyInterfaces)
        guard case .act(let action, _) = decision else {
            if case .wait(let reason) = decision {
                record(outcome(resource, .delete, .pending, detail: reason))
            }
            return .pending
        }
        do {
            switch resource.kind {
            case .volume: try cleaner.ec2.deleteVolume(DeleteVolumeRequest(volumeID: resource.id))
            case .networkInterface: try cleaner.ec2.deleteNetworkInterface(DeleteNetworkInterfaceRequest(networkInterfaceID: resource.id))
            case .placementGroup: try cleaner.ec2.deletePlacementGroup(DeletePlacementGroupRequest(groupName: resource.id))
            case .securityGroup: try cleaner.ec2.client.call(DeleteSecurityGroupRequest(groupID: resource.id))
            case .instance, .spotInstanceRequest: return .pending
            }
            record(outcome(resource, action, .deleted, detail: nil))
            return .deleted
        } catch {
            let classified = failure(resource, action, error)
            record(classified)
            return classified.result
        }
    }

    private func outcome(_ resource: LabResource, _ action: CleanupAction, _ result: CleanupResult, detail: String?) -> CleanupOutcome {
        CleanupOutcome(kind: resource.kind, id: resource.id, experimentID: resource.experimentID, action: action, result: result, detail: detail)
    }

    /// A failed call as an outcome: already gone counts as deleted, still in use as pending, anything else failed.
    private func failure(_ resource: LabResource, _ action: CleanupAction, _ error: any Error) -> CleanupOutcome {
        let code = (error as? AWSError)?.code
        let result = CleanupErrorCodes.result(forCode: code)
        let detail: String
        switch result {
        case .deleted: detail = "already gone (\(code ?? "NotFound"))"
        case .pending: detail = "still in use; a later run tries again: \(error)"
        default: detail = "\(error)"
        }
        return CleanupOutcome(
            kind: resource.kind, id: resource.id, experimentID: resource.experimentID, action: action, result: result,
            detail: detail, errorCode: code)
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    fileprivate func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
