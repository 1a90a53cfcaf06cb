extension EC2Client {
    /// One page of `DescribeSnapshots`.
    public func describeSnapshots(_ request: DescribeSnapshotsRequest) throws -> AWSPage<EC2Snapshot> {
        try client.call(request)
    }

    /// Every snapshot matching `request`, following `NextToken`.
    public func describeAllSnapshots(_ request: DescribeSnapshotsRequest) throws -> [EC2Snapshot] {
        try client.callAllPages(request)
    }

    public func deleteSnapshot(_ request: DeleteSnapshotRequest) throws {
        try client.call(request)
    }
}
