/// An AWS partition: a group of regions with its own DNS suffix and global endpoints.
///
/// See: https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html
public struct AWSPartition: Sendable, Hashable {
    public var id: String
    public var dnsSuffix: String
    /// The region global services (IAM) sign for, and their hostname.
    public var globalSigningRegion: String
    public var iamHost: String

    public static let aws = AWSPartition(
        id: "aws", dnsSuffix: "amazonaws.com", globalSigningRegion: "us-east-1", iamHost: "iam.amazonaws.com")
    public static let china = AWSPartition(
        id: "aws-cn", dnsSuffix: "amazonaws.com.cn", globalSigningRegion: "cn-north-1",
        iamHost: "iam.cn-north-1.amazonaws.com.cn")
    public static let govCloud = AWSPartition(
        id: "aws-us-gov", dnsSuffix: "amazonaws.com", globalSigningRegion: "us-gov-west-1", iamHost: "iam.us-gov.amazonaws.com")

    /// The partition a region belongs to (by its name, as the SDKs' partition data does).
    public static func of(region: String) -> AWSPartition {
        if region.hasPrefix("cn-") { return .china }
        if region.hasPrefix("us-gov-") { return .govCloud }
        return .aws
    }
}
