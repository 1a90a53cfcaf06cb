import AWSCore
import AWSServices
import Testing

/// Which calls AWSCore may retry after a failure that may have reached AWS. (Throttling retries themselves —
/// ThrottlingException twice, then success, against a local server — are proven in AWSCoreTests'
/// `AWSClientTests.retriesThrottling`.)
@Suite("Retry classification of the typed calls")
struct RetryClassificationTests {
    @Test("Calls that would act twice are not retried; calls with a token or a whole-value effect are")
    func classification() {
        let never: [any AWSServiceRequest] = [
            SendCommandRequest(instanceIDs: ["i-1"], commands: ["true"]),
            InvokeRequest(functionName: "f"),
            StartExecutionRequest(stateMachineARN: "arn:sm"),
            UpdateItemRequest(tableName: "t", key: ["pk": "a"], updateExpression: "ADD attempts :one"),
        ]
        for request in never { #expect(!request.operation.mayRetry, "\(request.operation.name) must not be retried") }
        let retried: [any AWSServiceRequest] = [
            RunInstancesRequest(imageID: "ami-1", instanceType: "t3.micro", minCount: 1, maxCount: 1, clientToken: "token"),
            StartExecutionRequest(stateMachineARN: "arn:sm", name: "nightly-1"),
            UpdateItemRequest(tableName: "t", key: ["pk": "a"], updateExpression: "SET #s = :s", idempotency: .idempotent),
            PutItemRequest(tableName: "t", item: ["pk": "a"]), PutObjectRequest(bucket: "b", key: "k", body: []),
            TerminateInstancesRequest(instanceIDs: ["i-1"]), CreatePlacementGroupRequest(groupName: "g", strategy: "cluster"),
            DescribeInstancesRequest(), GetResourcesRequest(),
        ]
        for request in retried { #expect(request.operation.mayRetry, "\(request.operation.name) should be retried") }
    }

    @Test("A 503 is retried for RunInstances (ClientToken) but not for SendCommand")
    func retriedOnlyWhenSafe() throws {
        let unavailable = HTTPResponse(status: 503, body: Array("<Response><Errors><Error><Code>Unavailable</Code><Message>try later</Message></Error></Errors><RequestID>r1</RequestID></Response>".utf8))
        let launched = ScriptedTransport.xml("<RunInstancesResponse><reservationId>r-1</reservationId><instancesSet/></RunInstancesResponse>")
        var policy = RetryPolicy.standard
        policy.sleep = { _ in }
        let launch = ScriptedTransport([unavailable, launched])
        let launchClient = AWSClient(
            region: "us-east-1", credentials: StaticCredentialProvider(accessKeyID: "AKID", secretAccessKey: "secret"), transport: launch,
            endpoints: EndpointResolver(environment: AWSEnvironment(variables: [:])), retryPolicy: policy)
        let reservation = try EC2Client(client: launchClient).runInstances(
            RunInstancesRequest(imageID: "ami-1", instanceType: "t3.micro", minCount: 1, maxCount: 1, clientToken: "token"))
        #expect(reservation.reservationID == "r-1")
        #expect(launch.requests.count == 2)

        let command = ScriptedTransport([HTTPResponse(status: 503, body: Array(#"{"__type":"ServiceUnavailable","message":"try later"}"#.utf8)), ScriptedTransport.json("{}")])
        let commandClient = AWSClient(
            region: "us-east-1", credentials: StaticCredentialProvider(accessKeyID: "AKID", secretAccessKey: "secret"), transport: command,
            endpoints: EndpointResolver(environment: AWSEnvironment(variables: [:])), retryPolicy: policy)
        let error = try #require(throws: AWSError.self) {
            try SSMClient(client: commandClient).sendCommand(SendCommandRequest(instanceIDs: ["i-1"], commands: ["true"]))
        }
        #expect(error.httpStatus == 503 && error.isRetryable, "\(error)")
        #expect(command.requests.count == 1, "SendCommand would run the script twice: never retried")
    }
}
