/// A request whose API pages its results: `AWSClient.callAllPages(_:)` sends it once per page, each time
/// with `pageToken` set to the previous page's `nextPageToken`.
public protocol PaginatedRequest: AWSServiceRequest where Response: PaginatedResponse {
    /// Where the page starts (`NextToken`, `ContinuationToken`, `PaginationToken`, `ExclusiveStartKey`);
    /// `nil` for the first page.
    var pageToken: Response.PageToken? { get set }
}
