/// Instance metadata service settings at launch.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html
public struct EC2MetadataOptions: Sendable, Hashable {
    /// `required` (IMDSv2 only: session tokens, no plain GETs) or `optional`.
    public var httpTokens: String

    public init(httpTokens: String) {
        self.httpTokens = httpTokens
    }

    /// IMDSv2 only, which is what the lab's nodes use.
    public static let requireTokens = EC2MetadataOptions(httpTokens: "required")
}
