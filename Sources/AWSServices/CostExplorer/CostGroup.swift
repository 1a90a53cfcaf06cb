/// One group of a period: its keys (one per `GroupBy`, e.g. `["Amazon Elastic Compute Cloud - Compute"]`)
/// and its metrics.
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Group.html
public struct CostGroup: Sendable, Hashable {
    public var keys: [String]
    public var metrics: [String: CostMetricValue]

    public init(keys: [String], metrics: [String: CostMetricValue]) {
        self.keys = keys
        self.metrics = metrics
    }
}
