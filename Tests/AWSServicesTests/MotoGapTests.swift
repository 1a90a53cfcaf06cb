import AWSCore
import AWSServices
import Testing

/// The operations moto 5.2.5 does not implement (it answers HTTP 500 `NotImplementedError`), so no round
/// trip proves them; the botocore goldens still cover their requests. If one of these starts passing, moto
/// has caught up: add a round trip and drop it here.
///
/// Also simplified in moto, and noted where the round trips meet it: SendCommand targets every instance
/// when it has no Targets and runs nothing (GetCommandInvocation says `Success`); GetCommandInvocation of
/// an unknown command is `InvalidCommandId` (AWS: `InvocationDoesNotExist`); GetExecutionHistory answers
/// canned events and ignores `reverseOrder`; executions do not run; Lambda Invoke (without Docker) answers
/// for any function name, existing or not; RunInstances ignores `ClientToken`.
@Suite("moto gaps: operations moto does not implement", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoGapTests {
    static let unimplemented: [(String, @Sendable (AWSClient) throws -> Void)] = [
        ("EC2 CreatePlacementGroup", { _ = try EC2Client(client: $0).createPlacementGroup(CreatePlacementGroupRequest(groupName: "gap", strategy: "cluster")) }),
        ("EC2 DescribePlacementGroups", { _ = try EC2Client(client: $0).describePlacementGroups(DescribePlacementGroupsRequest()) }),
        ("EC2 DeletePlacementGroup", { try EC2Client(client: $0).deletePlacementGroup(DeletePlacementGroupRequest(groupName: "gap")) }),
        ("SSM ListCommandInvocations", { _ = try SSMClient(client: $0).listCommandInvocations(ListCommandInvocationsRequest(commandID: "00000000-0000-0000-0000-000000000000")) }),
        ("SSM DescribeInstanceInformation", { _ = try SSMClient(client: $0).describeInstanceInformation(DescribeInstanceInformationRequest()) }),
    ]

    @Test("moto answers 500 to the operations it lacks", arguments: unimplemented.map(\.0))
    func motoLacks(_ operation: String) throws {
        // One attempt: a 500 is retryable, and retrying moto's NotImplementedError only slows the suite.
        let client = try MotoServer.shared().client(maxAttempts: 1)
        let call = try #require(Self.unimplemented.first { $0.0 == operation }?.1)
        let error = try #require(throws: AWSError.self, "moto implements \(operation) now: add a round trip for it") { try call(client) }
        #expect(error.httpStatus == 500, "\(operation): \(error)")
    }
}
