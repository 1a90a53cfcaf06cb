/// One page of a listing: its items and the token of the next page (`nil` on the last page).
public protocol PaginatedResponse: Sendable {
    associatedtype Item: Sendable
    /// A `String` for most APIs; DynamoDB's `LastEvaluatedKey` is a key map.
    associatedtype PageToken: Sendable & Equatable

    var items: [Item] { get }
    var nextPageToken: PageToken? { get }
}
