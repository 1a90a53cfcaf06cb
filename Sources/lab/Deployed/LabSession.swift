import AWSCore
import AWSServices
import Foundation

/// The deployed lab as the commands reach it: its configuration and clients signed with the caller's AWS
/// credentials (the standard chain: `AWS_PROFILE`, environment keys, SSO/process profiles, IMDS), aimed at
/// `AWS_ENDPOINT_URL` when set (the emulated lab). Calls go to the lab's region, whatever the profile's
/// default region is: the lab's resources exist only there.
struct LabSession {
    let configuration: LabConfiguration
    let client: AWSClient

    var stepFunctions: StepFunctionsClient { StepFunctionsClient(client: client) }
    var s3: S3Client { S3Client(client: client) }
    var dynamoDB: DynamoDBClient { DynamoDBClient(client: client) }
    var ec2: EC2Client { EC2Client(client: client) }
    var ssm: SSMClient { SSMClient(client: client) }
    var region: String { client.region }

    /// Configuration from the files and variables of this process, client from its AWS settings.
    static func fromProcess() throws(LabCLIError) -> LabSession {
        let variables = ProcessInfo.processInfo.environment
        let configuration = try LabConfiguration.load(environment: variables, workingDirectory: FileManager.default.currentDirectoryPath)
        return try LabSession(configuration: configuration, environment: AWSEnvironment.current())
    }

    init(configuration: LabConfiguration, environment: AWSEnvironment) throws(LabCLIError) {
        var environment = environment
        if let region = configuration.region { environment.variables[AWSEnvironmentVariable.region] = region }
        self.configuration = configuration
        do {
            client = try AWSClient.fromEnvironment(environment)
        } catch let error as AWSError {
            throw LabCLIError(aws: error, doing: "setting up the AWS client")
        } catch {
            throw LabCLIError(code: .aws, message: "cannot set up the AWS client: \(error)")
        }
    }

    /// Runs one AWS call, turning its failure into the command line's one-line error.
    func call<Result>(_ what: @autoclosure () -> String, _ body: () throws -> Result) throws(LabCLIError) -> Result {
        do {
            return try body()
        } catch let error as LabCLIError {
            throw error
        } catch let error as AWSError {
            throw LabCLIError(aws: error, doing: what())
        } catch {
            throw LabCLIError(code: .aws, message: "\(what()) failed: \(error)")
        }
    }

    /// The console page of one execution (the region's Step Functions console).
    func consoleURL(executionArn: String) -> String {
        "https://\(region).console.aws.amazon.com/states/home?region=\(region)#/v2/executions/details/\(executionArn)"
    }

    /// The execution ARN of experiment `id`: the state machine's ARN with `stateMachine` → `execution` and the id
    /// appended (experiments started by `lab run` and by the console with a name are named by their id).
    func executionArn(experimentID id: String) -> String {
        var parts = configuration.stateMachineArn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 7 { parts[5] = "execution" }
        return (parts.prefix(7) + [id]).joined(separator: ":")
    }
}
