import AWSCore

/// The DynamoDB calls the lab makes (JSON 1.0, `DynamoDB_20120810`) on the experiment table: create a
/// record once (conditional put), update a stage's attributes, read it, and list by key.
///
/// A failed condition is an `AWSError` with code `ConditionalCheckFailedException`
/// (`error.isConditionalCheckFailed`).
///
/// See: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/Welcome.html
public struct DynamoDBClient: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    public func putItem(_ request: PutItemRequest) throws {
        try client.call(request)
    }

    /// Updates (or creates) an item; returns the attributes `request.returnValues` asks for.
    @discardableResult
    public func updateItem(_ request: UpdateItemRequest) throws -> DynamoDBItem? {
        try client.call(request)
    }

    /// The item, or `nil` when there is none with that key.
    public func getItem(_ request: GetItemRequest) throws -> DynamoDBItem? {
        try client.call(request)
    }

    /// One page of `Query`.
    public func query(_ request: QueryRequest) throws -> DynamoDBQueryPage {
        try client.call(request)
    }

    /// Every item matching `request`, following `LastEvaluatedKey`.
    public func queryAll(_ request: QueryRequest) throws -> [DynamoDBItem] {
        try client.callAllPages(request)
    }
}
