/// An amount as Cost Explorer sends it: decimal text (`"0.0101516483"`, kept exactly) and its unit (`USD`,
/// `Hrs`, …).
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_MetricValue.html
public struct CostMetricValue: Sendable, Hashable {
    public var amount: String
    public var unit: String

    public init(amount: String, unit: String) {
        self.amount = amount
        self.unit = unit
    }
}
