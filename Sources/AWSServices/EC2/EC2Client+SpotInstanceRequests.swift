extension EC2Client {
    /// One page of `DescribeSpotInstanceRequests`.
    public func describeSpotInstanceRequests(_ request: DescribeSpotInstanceRequestsRequest) throws -> AWSPage<EC2SpotInstanceRequest> {
        try client.call(request)
    }

    /// Every spot request matching `request`, following `NextToken`.
    public func describeAllSpotInstanceRequests(_ request: DescribeSpotInstanceRequestsRequest) throws -> [EC2SpotInstanceRequest] {
        try client.callAllPages(request)
    }

    public func cancelSpotInstanceRequests(_ request: CancelSpotInstanceRequestsRequest) throws -> [EC2CancelledSpotInstanceRequest] {
        try client.call(request)
    }
}
