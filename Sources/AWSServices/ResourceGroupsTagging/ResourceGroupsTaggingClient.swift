import AWSCore

/// The Resource Groups Tagging API call the janitor makes (JSON 1.1): every resource carrying the lab's
/// tags, whatever its service.
///
/// See: https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/Welcome.html
public struct ResourceGroupsTaggingClient: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    /// One page of `GetResources`.
    public func getResources(_ request: GetResourcesRequest) throws -> AWSPage<TaggedResource> {
        try client.call(request)
    }

    /// Every matching resource, following `PaginationToken`.
    public func getAllResources(_ request: GetResourcesRequest) throws -> [TaggedResource] {
        try client.callAllPages(request)
    }
}
