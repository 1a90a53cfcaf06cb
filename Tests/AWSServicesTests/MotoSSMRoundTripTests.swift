import AWSCore
import AWSServices
import Testing

/// SSM calls against a real moto server (check 2 of issue 3). moto answers SendCommand and
/// GetCommandInvocation without running anything (`Success`, empty output); ListCommandInvocations and
/// DescribeInstanceInformation it does not implement (see MotoGapTests).
@Suite("moto round trips: SSM", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoSSMRoundTripTests {
    let ssm: SSMClient
    let ec2: EC2Client
    let fixtures: MotoFixtures

    init() throws {
        let client = try MotoServer.shared().client()
        ssm = SSMClient(client: client)
        ec2 = EC2Client(client: client)
        fixtures = MotoFixtures(client)
    }

    @Test("SendCommand to two nodes, then each node's invocation")
    func sendCommandAndReadInvocations() throws {
        let reservation = try ec2.runInstances(RunInstancesRequest(
            imageID: try fixtures.someImageID(), instanceType: "t3.micro", minCount: 2, maxCount: 2, clientToken: MotoFixtures.uniqueName("ssm")))
        let instanceIDs = reservation.instances.map(\.instanceID)
        let command = try ssm.sendCommand(SendCommandRequest(
            instanceIDs: instanceIDs, commands: ["systemctl is-active pulsar-broker"], executionTimeoutSeconds: 60,
            deliveryTimeoutSeconds: 120, comment: "round trip"))
        #expect(!command.commandID.isEmpty)
        // moto adds every instance of the account when a command has no Targets (its target filter is empty,
        // which matches all), so ours are a subset of its list.
        #expect(Set(command.instanceIDs).isSuperset(of: instanceIDs), "\(command.instanceIDs)")
        #expect(command.documentName == "AWS-RunShellScript")
        #expect(command.comment == "round trip")
        #expect(command.requestedDateTime != nil)

        for instanceID in instanceIDs {
            let invocation = try ssm.getCommandInvocation(GetCommandInvocationRequest(commandID: command.commandID, instanceID: instanceID))
            #expect(invocation.commandID == command.commandID && invocation.instanceID == instanceID)
            #expect(invocation.status == "Success", "\(invocation)")
            #expect(invocation.responseCode == 0)
            #expect(invocation.executionStartDateTime?.isEmpty == false)
        }
        _ = try ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: instanceIDs))
    }

    @Test("GetCommandInvocation of an unknown command is a decoded service error")
    func unknownInvocation() throws {
        let error = try #require(throws: AWSError.self) {
            try ssm.getCommandInvocation(GetCommandInvocationRequest(commandID: "00000000-0000-0000-0000-000000000000", instanceID: "i-0123456789abcdef0"))
        }
        // AWS answers InvocationDoesNotExist; moto answers InvalidCommandId.
        #expect(["InvocationDoesNotExist", "InvalidCommandId"].contains(error.code), "\(error)")
        #expect(error.kind == .service && error.httpStatus == 400)
        #expect(error.requestID?.isEmpty == false, "\(error)")
        #expect(error.service == "SSM" && error.operation == "GetCommandInvocation")
    }
}
