import AWSServices

/// The one SSM command that runs a workload on the client node: the node's benchmark runner
/// (`/opt/pulsar-lab/bin/run-benchmark`, docs/node-contract.md) with the S3 locations of its inputs and
/// outputs. Results travel through S3, never through the command's output (SSM keeps 24,000 characters).
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-command-ssm-plugin-reference.html#aws-runShellScript
struct BenchmarkCommand: Sendable, Hashable {
    /// Where the AMI carries the runner (packer/files/opt/pulsar-lab/bin/run-benchmark).
    static let runnerPath = "/opt/pulsar-lab/bin/run-benchmark"
    /// `AWS-RunShellScript` takes at most 48 hours.
    static let maximumExecutionTimeoutSeconds = 172_800
    /// How long SSM may take to deliver the command to the agent before giving up on it (SendCommand's
    /// `TimeoutSeconds`): the node was Online moments ago, so ten minutes is generous.
    static let deliveryTimeoutSeconds = 600

    var instanceID: String
    var workloadURI: String
    var driverURI: String
    var resultURI: String
    var logURI: String
    var region: String
    var executionTimeoutSeconds: Int
    var outputBucket: String
    var outputKeyPrefix: String
    /// Shown in the console's command history (≤ 100 characters).
    var comment: String

    /// The script: one line, every argument quoted.
    var commandLine: String {
        ([Self.runnerPath]
            + ["--workload", workloadURI, "--driver", driverURI, "--result", resultURI, "--log", logURI, "--region", region]
            .map(ShellWord.quoted))
            .joined(separator: " ")
    }

    var request: SendCommandRequest {
        SendCommandRequest(
            instanceIDs: [instanceID], commands: [commandLine],
            executionTimeoutSeconds: min(executionTimeoutSeconds, Self.maximumExecutionTimeoutSeconds),
            deliveryTimeoutSeconds: Self.deliveryTimeoutSeconds, comment: String(comment.prefix(100)),
            outputS3BucketName: outputBucket, outputS3KeyPrefix: outputKeyPrefix)
    }
}
