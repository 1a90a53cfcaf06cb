/// The record's `costEstimate` (validate-ami, LabCore's `CostEstimate`): the cluster's on-demand price per hour
/// and for the spec's estimated duration, EC2 instances and EBS volumes only.
struct StoredCostEstimate: Equatable {
    var hourlyUSD: Double
    var totalUSD: Double
    var durationMinutes: Int
    /// `us-east-1 on-demand prices as of 2025-11`.
    var priceSource: String
    /// Instance types the price table lacks (then the estimate is too low).
    var unpricedInstanceTypes: [String]
}
