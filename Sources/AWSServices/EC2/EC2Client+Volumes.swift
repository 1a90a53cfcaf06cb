extension EC2Client {
    /// One page of `DescribeVolumes`.
    public func describeVolumes(_ request: DescribeVolumesRequest) throws -> AWSPage<EC2Volume> {
        try client.call(request)
    }

    /// Every volume matching `request`, following `NextToken`.
    public func describeAllVolumes(_ request: DescribeVolumesRequest) throws -> [EC2Volume] {
        try client.callAllPages(request)
    }

    public func deleteVolume(_ request: DeleteVolumeRequest) throws {
        try client.call(request)
    }
}
