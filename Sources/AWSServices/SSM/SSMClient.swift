import AWSCore

/// The Systems Manager calls the lab makes (JSON 1.1, `AmazonSSM`): is a node's agent online, run a shell
/// script on nodes (service checks, the benchmark), and read how it went.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/Welcome.html
public struct SSMClient: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    /// Sends a command. Not retried after a failure that may have reached SSM: SSM has no idempotency
    /// token for it, and a repeat would run the script twice.
    public func sendCommand(_ request: SendCommandRequest) throws -> SSMCommand {
        try client.call(request)
    }

    /// One node's result of a command. Right after `sendCommand` this can fail with
    /// `InvocationDoesNotExist` for a moment (SSM is eventually consistent): ask again later.
    public func getCommandInvocation(_ request: GetCommandInvocationRequest) throws -> SSMCommandInvocationResult {
        try client.call(request)
    }

    /// One page of `ListCommandInvocations`.
    public func listCommandInvocations(_ request: ListCommandInvocationsRequest) throws -> AWSPage<SSMCommandInvocation> {
        try client.call(request)
    }

    /// Every invocation matching `request`, following `NextToken`.
    public func listAllCommandInvocations(_ request: ListCommandInvocationsRequest) throws -> [SSMCommandInvocation] {
        try client.callAllPages(request)
    }

    /// One page of `DescribeInstanceInformation`.
    public func describeInstanceInformation(_ request: DescribeInstanceInformationRequest) throws -> AWSPage<SSMInstanceInformation> {
        try client.call(request)
    }

    /// Every managed node matching `request`, following `NextToken`.
    public func describeAllInstanceInformation(_ request: DescribeInstanceInformationRequest) throws -> [SSMInstanceInformation] {
        try client.callAllPages(request)
    }
}
