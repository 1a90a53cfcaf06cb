/// Which components run on spot instances. The spec writes `"spot": true` (all), `false` (none, the
/// default) or an object per component (`{"client": true}`); absent components stay on-demand.
///
/// Spot is cheaper and may be interrupted; an interrupted node fails the readiness check or the benchmark,
/// and the experiment tears down and ends FAILED like any other failure.
public struct SpotPolicy: Sendable, Hashable {
    public var components: Set<ClusterComponent>

    public init(components: Set<ClusterComponent> = []) {
        self.components = components
    }

    public static let none = SpotPolicy()
    public static let all = SpotPolicy(components: Set(ClusterComponent.allCases))

    public func isSpot(_ component: ClusterComponent) -> Bool { components.contains(component) }
}
