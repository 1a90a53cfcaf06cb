extension EC2Client {
    /// Launches instances; see `RunInstancesRequest` for why `clientToken` is required.
    public func runInstances(_ request: RunInstancesRequest) throws -> EC2Reservation {
        try client.call(request)
    }

    /// One page of `DescribeInstances`.
    public func describeInstances(_ request: DescribeInstancesRequest) throws -> AWSPage<EC2Instance> {
        try client.call(request)
    }

    /// Every instance matching `request`, following `NextToken`.
    public func describeAllInstances(_ request: DescribeInstancesRequest) throws -> [EC2Instance] {
        try client.callAllPages(request)
    }

    public func terminateInstances(_ request: TerminateInstancesRequest) throws -> [EC2InstanceStateChange] {
        try client.call(request)
    }
}
