/// A `DescribeInstanceInformation` filter: `InstanceIds`, `PingStatus`, `tag:<key>`, `tag-key`, ….
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_InstanceInformationStringFilter.html
public struct SSMInstanceFilter: Sendable, Hashable {
    public var key: String
    public var values: [String]

    public init(key: String, values: [String]) {
        self.key = key
        self.values = values
    }
}
