import AWSServices

/// One attribute a stage sets in the experiment's record, by its path from the top of the item
/// (`["workloads", "0-1-topic", "summary"]`). Parent maps are created when missing.
public struct RecordField: Sendable, Hashable {
    public var path: [String]
    public var value: DynamoDBValue

    public init(_ path: [String], _ value: DynamoDBValue) {
        precondition(!path.isEmpty, "a record field needs a path")
        self.path = path
        self.value = value
    }
}
