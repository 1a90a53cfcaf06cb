/// What apply-infra launches for an experiment, derived from the spec alone: the components in start
/// order (ZooKeeper, bookies, brokers, client) with counts, instance types, volumes and client tokens, the
/// availability zone, and the placement group when asked for.
public struct ClusterLayout: Sendable, Hashable {
    public var experimentID: ExperimentID
    /// nil: the lab subnet's zone.
    public var availabilityZone: String?
    public var placementGroup: PlacementGroupLayout?
    /// In start order.
    public var components: [ComponentLayout]

    /// Every node's root volume: room for the OS, Pulsar, OMB and a day of logs (the AMI's own root is smaller).
    public static let rootVolume = VolumeSpec(sizeGiB: 30)

    public init(spec: ExperimentSpec, experimentID: ExperimentID) {
        self.experimentID = experimentID
        availabilityZone = spec.availabilityZone
        placementGroup = spec.placementGroup ? PlacementGroupLayout(experimentID: experimentID) : nil
        components = ClusterComponent.allCases.map { component in
            let nodes = spec.cluster.nodes(of: component)
            var volumes = [EBSVolume(purpose: .root, deviceName: nil, volume: Self.rootVolume)]
            var usesInstanceStore = false
            if component == .bookkeeper {
                switch spec.cluster.bookkeeper.storage {
                case .ebs(let journal, let ledgers):
                    volumes.append(EBSVolume(purpose: .journal, deviceName: EBSVolume.journalDevice, volume: journal))
                    volumes.append(EBSVolume(purpose: .ledgers, deviceName: EBSVolume.ledgersDevice, volume: ledgers))
                case .instanceStore:
                    usesInstanceStore = true
                }
            }
            return ComponentLayout(
                component: component, count: nodes.count, instanceType: nodes.instanceType,
                spot: spec.spot.isSpot(component), volumes: volumes, usesInstanceStore: usesInstanceStore,
                clientToken: ClientToken(experimentID: experimentID, component: component))
        }
    }

    public func layout(of component: ClusterComponent) -> ComponentLayout {
        guard let layout = components.first(where: { $0.component == component }) else {
            preconditionFailure("every ClusterLayout has all components")
        }
        return layout
    }

    /// Nodes across all components.
    public var instanceCount: Int { components.reduce(0) { $0 + $1.count } }
}
