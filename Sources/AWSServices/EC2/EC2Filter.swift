/// A `Filter.N.Name` / `Filter.N.Value.M` filter of EC2's Describe calls; a resource matches when it
/// matches any value of every filter.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Filter.html
public struct EC2Filter: Sendable, Hashable {
    public var name: String
    public var values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }

    /// Resources tagged `key` with one of `values` (`tag:<key>`).
    public static func tag(_ key: String, _ values: String...) -> EC2Filter {
        EC2Filter(name: "tag:\(key)", values: values)
    }
}
