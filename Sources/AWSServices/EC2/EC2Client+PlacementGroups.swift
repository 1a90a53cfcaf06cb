extension EC2Client {
    /// Creates a placement group; the answer carries the group when EC2 returns it (newer API versions do).
    @discardableResult
    public func createPlacementGroup(_ request: CreatePlacementGroupRequest) throws -> EC2PlacementGroup? {
        try client.call(request)
    }

    public func describePlacementGroups(_ request: DescribePlacementGroupsRequest) throws -> [EC2PlacementGroup] {
        try client.call(request)
    }

    public func deletePlacementGroup(_ request: DeletePlacementGroupRequest) throws {
        try client.call(request)
    }
}
