extension EC2Client {
    /// One page of `DescribeNetworkInterfaces`.
    public func describeNetworkInterfaces(_ request: DescribeNetworkInterfacesRequest) throws -> AWSPage<EC2NetworkInterface> {
        try client.call(request)
    }

    /// Every network interface matching `request`, following `NextToken`.
    public func describeAllNetworkInterfaces(_ request: DescribeNetworkInterfacesRequest) throws -> [EC2NetworkInterface] {
        try client.callAllPages(request)
    }

    public func deleteNetworkInterface(_ request: DeleteNetworkInterfaceRequest) throws {
        try client.call(request)
    }
}
