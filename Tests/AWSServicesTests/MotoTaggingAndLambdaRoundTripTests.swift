import AWSCore
import AWSServices
import JSONCoding
import Testing

/// Resource Groups Tagging and Lambda calls against a real moto server (check 2 of issue 3). moto runs no
/// function code without Docker: its "simple" Lambda backend answers invocations itself — also for a
/// function that does not exist, so the Lambda error path is left to AWSCore's error-decoding tests.
@Suite("moto round trips: Tagging and Lambda", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoTaggingAndLambdaRoundTripTests {
    let client: AWSClient
    let fixtures: MotoFixtures

    init() throws {
        client = try MotoServer.shared().client()
        fixtures = MotoFixtures(client)
    }

    @Test("GetResources pages by 1 over 3 tagged instances and ends on an empty token")
    func getResourcesPaginates() throws {
        let tag = MotoFixtures.uniqueName("tagged")
        let ec2 = EC2Client(client: client)
        let reservation = try ec2.runInstances(RunInstancesRequest(
            imageID: try fixtures.someImageID(), instanceType: "t3.micro", minCount: 3, maxCount: 3, clientToken: tag,
            tagSpecifications: [EC2TagSpecification(resourceType: .instance, tags: [EC2Tag(key: "RoundTrip", value: tag), EC2Tag(key: "Project", value: "pulsar-aws-lab")])]))
        let tagging = ResourceGroupsTaggingClient(client: client)
        let request = GetResourcesRequest(tagFilters: [TagFilter(key: "RoundTrip", values: [tag])], resourceTypeFilters: ["ec2:instance"], resourcesPerPage: 1)
        let first = try tagging.getResources(request)
        #expect(first.items.count == 1)
        #expect(first.nextPageToken != nil)
        let all = try tagging.getAllResources(request)
        let expected = reservation.instances.map { "arn:aws:ec2:us-east-1:123456789012:instance/\($0.instanceID)" }
        #expect(all.map(\.arn).sorted() == expected.sorted())
        #expect(all.allSatisfy { $0.tags == ["RoundTrip": tag, "Project": "pulsar-aws-lab"] }, "\(all)")
        _ = try ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: reservation.instances.map(\.instanceID)))
    }

    @Test("Invoke synchronously (status, payload) and as an event (202)")
    func invoke() throws {
        let name = MotoFixtures.uniqueName("janitor")
        try fixtures.createFunction(name, roleARN: try fixtures.createRole(MotoFixtures.uniqueName("lambda-role"), trustedService: "lambda.amazonaws.com"))
        let lambda = LambdaClient(client: client)

        let result = try lambda.invoke(InvokeRequest(functionName: name, payload: Array(#"{"mode":"sweep"}"#.utf8), tailLog: true))
        #expect(result.statusCode == 200)
        #expect(result.functionError == nil)
        #expect(!result.payload.isEmpty, "moto's simple backend answers a fixed payload")
        #expect(try result.decodedLog() != nil || result.logResult == nil)

        let queued = try lambda.invoke(InvokeRequest(functionName: name, payload: Array("{}".utf8), invocationType: .event))
        #expect(queued.statusCode == 202)
    }
}
