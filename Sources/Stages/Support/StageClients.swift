import AWSCore
import AWSServices

/// The AWS clients a stage function uses, built once at init from the process environment the way every
/// AWS SDK is (region, credentials, `AWS_ENDPOINT_URL` — how tests and the emulated lab reach the emulator).
public struct StageClients: Sendable {
    public var ec2: EC2Client
    public var ssm: SSMClient
    public var s3: S3Client
    public var dynamoDB: DynamoDBClient
    /// The region the clients call, which is the lab's region.
    public var region: String

    public init(client: AWSClient) {
        ec2 = EC2Client(client: client)
        ssm = SSMClient(client: client)
        s3 = S3Client(client: client)
        dynamoDB = DynamoDBClient(client: client)
        region = client.region
    }

    /// Clients for the process environment; a configuration problem (no region, a malformed shared file) is
    /// an init error of the function.
    public static func fromProcess(stage: Stage) throws(StageError) -> StageClients {
        do {
            return StageClients(client: try AWSClient.fromEnvironment())
        } catch {
            throw StageError(
                .configurationError, stage: stage, experimentID: nil,
                "cannot configure the AWS clients: \(error); Lambda sets AWS_REGION and the credentials itself — for a local run set AWS_REGION (and AWS_ENDPOINT_URL for the emulator)",
                underlying: error)
        }
    }
}
