extension EC2Client {
    /// One page of `DescribeImages`.
    public func describeImages(_ request: DescribeImagesRequest) throws -> AWSPage<EC2Image> {
        try client.call(request)
    }

    /// Every image matching `request`, following `NextToken`.
    public func describeAllImages(_ request: DescribeImagesRequest) throws -> [EC2Image] {
        try client.callAllPages(request)
    }

    public func deregisterImage(_ request: DeregisterImageRequest) throws {
        try client.call(request)
    }

    /// Starts copying an image into this client's region; returns the new image's id (`pending` at first).
    public func copyImage(_ request: CopyImageRequest) throws -> String {
        try client.call(request)
    }
}
