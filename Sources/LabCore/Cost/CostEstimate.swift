/// What an experiment's cluster costs: per hour, and for the whole run given its duration. An upper
/// estimate: on-demand prices even for spot nodes, and the whole readiness budget counted (see
/// `ExperimentSpec.estimatedDurationMinutes`). The control plane (Lambda, Step Functions, S3, DynamoDB) is a
/// few cents at most and is left out; so are data transfer and the AMI's snapshot storage.
public struct CostEstimate: Sendable, Hashable {
    public var lines: [CostLine]
    public var durationMinutes: Int
    /// Where the prices come from, e.g. `us-east-1 on-demand prices as of 2025-11`.
    public var priceSource: String
    /// Instance types the catalog has no price for (their nodes are counted as free).
    public var unpricedInstanceTypes: [String]

    public init(layout: ClusterLayout, durationMinutes: Int) {
        lines = layout.components.map { component in
            CostLine(
                component: component.component, count: component.count, instanceType: component.instanceType,
                instanceHourlyUSD: InstanceTypeCatalog.info(component.instanceType)?.onDemandHourlyUSD,
                volumesHourlyUSD: component.volumes.reduce(0) { $0 + EBSPricing.hourlyUSD(of: $1.volume) })
        }
        self.durationMinutes = durationMinutes
        priceSource = "\(InstanceTypeCatalog.priceRegion) on-demand prices as of \(InstanceTypeCatalog.pricesAsOf)"
        var unpriced: [String] = []
        for line in lines where line.instanceHourlyUSD == nil && !unpriced.contains(line.instanceType) {
            unpriced.append(line.instanceType)
        }
        unpricedInstanceTypes = unpriced
    }

    /// The estimate for a spec as it will run: its layout and its estimated duration.
    public init(spec: ExperimentSpec, experimentID: ExperimentID) {
        self.init(layout: ClusterLayout(spec: spec, experimentID: experimentID), durationMinutes: spec.estimatedDurationMinutes)
    }

    public var hourlyUSD: Double { lines.reduce(0) { $0 + $1.hourlyUSD } }

    public var totalUSD: Double { hourlyUSD * Double(durationMinutes) / 60 }

    /// Whether every instance type had a price.
    public var isComplete: Bool { unpricedInstanceTypes.isEmpty }
}
