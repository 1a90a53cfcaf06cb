/// Resources with tag `key`, and one of `values` when there are any (no values: any value).
///
/// See: https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_TagFilter.html
public struct TagFilter: Sendable, Hashable {
    public var key: String
    public var values: [String]

    public init(key: String, values: [String] = []) {
        self.key = key
        self.values = values
    }
}
