/// One page of `Query`: its items and, when DynamoDB stopped early (page size or 1 MB), the key to
/// continue from.
public struct DynamoDBQueryPage: PaginatedResponse {
    public var items: [DynamoDBItem]
    /// `LastEvaluatedKey`: `nil` on the last page.
    public var nextPageToken: DynamoDBItem?
    /// Items returned in this page (after any filter).
    public var count: Int?

    public init(items: [DynamoDBItem], nextPageToken: DynamoDBItem?, count: Int?) {
        self.items = items
        self.nextPageToken = nextPageToken
        self.count = count
    }
}
