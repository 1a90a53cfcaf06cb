/// A Cost Explorer time period: `YYYY-MM-DD` dates (or `YYYY-MM-DDThh:mm:ssZ` for `HOURLY`), the start
/// inclusive and the end exclusive.
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_DateInterval.html
public struct CostDateInterval: Sendable, Hashable {
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }
}
