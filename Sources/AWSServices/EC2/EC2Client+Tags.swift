extension EC2Client {
    /// Adds or overwrites tags on resources.
    public func createTags(_ request: CreateTagsRequest) throws {
        try client.call(request)
    }
}
