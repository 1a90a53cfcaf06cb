import JSONCoding

/// A Cost Explorer filter: a cost allocation tag or a dimension with the values to match, or several
/// combined. Each expression has exactly one root, as the API requires.
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Expression.html
public indirect enum CostExpression: Sendable, Hashable {
    /// Costs whose cost allocation tag `key` has one of `values` (user tags are named without the `user:`
    /// prefix the billing reports add).
    case tag(key: String, values: [String])
    /// Costs whose dimension (`SERVICE`, `REGION`, `LINKED_ACCOUNT`, …) has one of `values`.
    case dimension(key: String, values: [String])
    case and([CostExpression])

    var jsonValue: JSONValue {
        switch self {
        case .tag(let key, let values):
            return ["Tags": ["Key": .string(key), "Values": .array(values.map(JSONValue.string)), "MatchOptions": ["EQUALS"]]]
        case .dimension(let key, let values):
            return ["Dimensions": ["Key": .string(key), "Values": .array(values.map(JSONValue.string)), "MatchOptions": ["EQUALS"]]]
        case .and(let expressions):
            return ["And": .array(expressions.map(\.jsonValue))]
        }
    }
}
