/// Launching as spot instances (`InstanceMarketOptions.MarketType=spot`): a one-time request whose
/// instances are terminated, not stopped, when EC2 reclaims them — a benchmark node cannot resume.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SpotMarketOptions.html
public struct EC2SpotOptions: Sendable, Hashable {
    /// The highest hourly price in USD (e.g. `"0.25"`); `nil` caps at the on-demand price.
    public var maxPrice: String?
    /// `one-time` or `persistent`.
    public var spotInstanceType: String
    /// `terminate`, `stop` or `hibernate`.
    public var instanceInterruptionBehavior: String

    public init(maxPrice: String? = nil, spotInstanceType: String = "one-time", instanceInterruptionBehavior: String = "terminate") {
        self.maxPrice = maxPrice
        self.spotInstanceType = spotInstanceType
        self.instanceInterruptionBehavior = instanceInterruptionBehavior
    }
}
