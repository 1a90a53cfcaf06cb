/// A page of a listing whose continuation is an opaque string token (`NextToken`, `nextToken`,
/// `PaginationToken`). An empty token counts as the end, as botocore's paginators treat it (the Resource
/// Groups Tagging API ends its listings with `"PaginationToken": ""`).
public struct AWSPage<Item: Sendable>: PaginatedResponse {
    public var items: [Item]
    public var nextPageToken: String?

    public init(items: [Item], nextPageToken: String?) {
        self.items = items
        self.nextPageToken = nextPageToken?.isEmpty == true ? nil : nextPageToken
    }
}
