/// A `GroupBy` entry: split each period's figures by a dimension (`SERVICE`, `USAGE_TYPE`, …) or a tag key.
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GroupDefinition.html
public struct CostGroupDefinition: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case dimension = "DIMENSION"
        case tag = "TAG"
        case costCategory = "COST_CATEGORY"
    }

    public var type: Kind
    public var key: String

    public init(type: Kind, key: String) {
        self.type = type
        self.key = key
    }

    public static func dimension(_ key: String) -> CostGroupDefinition { CostGroupDefinition(type: .dimension, key: key) }
}
