/// The cost of one component: its nodes' on-demand price plus their gp3 volumes.
public struct CostLine: Sendable, Hashable {
    public var component: ClusterComponent
    public var count: Int
    public var instanceType: String
    /// Per node; nil when the catalog has no price for the type.
    public var instanceHourlyUSD: Double?
    /// All gp3 volumes of one node.
    public var volumesHourlyUSD: Double

    public init(component: ClusterComponent, count: Int, instanceType: String, instanceHourlyUSD: Double?, volumesHourlyUSD: Double) {
        self.component = component
        self.count = count
        self.instanceType = instanceType
        self.instanceHourlyUSD = instanceHourlyUSD
        self.volumesHourlyUSD = volumesHourlyUSD
    }

    /// All nodes of the component per hour; instances without a known price count as 0.
    public var hourlyUSD: Double {
        Double(count) * ((instanceHourlyUSD ?? 0) + volumesHourlyUSD)
    }
}
