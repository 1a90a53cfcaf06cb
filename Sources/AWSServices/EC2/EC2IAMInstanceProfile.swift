/// The instance profile (the nodes' IAM role: SSM agent, S3 results), by ARN or by name.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IamInstanceProfileSpecification.html
public enum EC2IAMInstanceProfile: Sendable, Hashable {
    case arn(String)
    case name(String)
}
