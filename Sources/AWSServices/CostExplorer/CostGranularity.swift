/// How Cost Explorer splits a time period.
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostAndUsage.html#awscostmanagement-GetCostAndUsage-request-Granularity
public enum CostGranularity: String, Sendable, Hashable {
    case daily = "DAILY"
    case monthly = "MONTHLY"
    /// Needs hourly granularity enabled in Cost Explorer's preferences (and covers the last 14 days only).
    case hourly = "HOURLY"
}
