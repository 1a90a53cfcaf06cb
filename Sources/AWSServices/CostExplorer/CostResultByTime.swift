/// One period of a `GetCostAndUsage` answer: its total per metric (empty when the request grouped), its
/// groups, and whether AWS still estimates it (the month is not closed).
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_ResultByTime.html
public struct CostResultByTime: Sendable, Hashable {
    public var timePeriod: CostDateInterval
    public var total: [String: CostMetricValue]
    public var groups: [CostGroup]
    public var estimated: Bool

    public init(timePeriod: CostDateInterval, total: [String: CostMetricValue], groups: [CostGroup], estimated: Bool) {
        self.timePeriod = timePeriod
        self.total = total
        self.groups = groups
        self.estimated = estimated
    }
}
