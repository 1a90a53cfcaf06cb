import AWSCore

/// The EC2 calls the lab makes (query protocol, API version 2016-11-15): AMIs and their snapshots,
/// instances, placement groups, and the volumes, network interfaces and spot requests teardown and the
/// janitor clean up. Each listing has a one-page call and an `…All…` call that follows `NextToken`.
///
///     let ec2 = EC2Client(client: try AWSClient.fromEnvironment())
///     let images = try ec2.describeAllImages(.init(owners: ["self"], filters: [EC2Filter(name: "name", values: ["pulsar-base-*"])]))
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Welcome.html
public struct EC2Client: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }
}
