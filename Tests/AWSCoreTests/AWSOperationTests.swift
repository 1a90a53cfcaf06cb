import AWSCore
import JSONCoding
import Testing

@Suite("Operation builders and typed decoding")
struct AWSOperationTests {
    /// botocore 1.43.11 serialises Lambda Invoke for this input to
    /// `POST /2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Alab-teardown%3Alive/invocations`
    /// with query `Qualifier=live` and headers `X-Amz-Invocation-Type`, `X-Amz-Log-Type`.
    @Test("REST-JSON: Lambda Invoke path labels are encoded as botocore encodes them")
    func lambdaInvoke() throws {
        var headers = HTTPHeaders()
        headers.set("X-Amz-Invocation-Type", "RequestResponse")
        headers.set("X-Amz-Log-Type", "Tail")
        let operation = AWSOperation.rest(
            .lambda, "Invoke", method: .post,
            segments: ["2015-03-31", "functions", "arn:aws:lambda:us-east-1:123456789012:function:lab-teardown:live", "invocations"],
            query: [("Qualifier", "live")], headers: headers, body: Array(#"{"experimentId":"exp-1"}"#.utf8), idempotency: .nonIdempotent)
        let client = AWSClient(
            region: "us-east-1", credentials: AWSClientTests.keys, transport: try CurlTransport(),
            endpoints: EndpointResolver(environment: AWSEnvironment(variables: [:])))
        let (request, _) = try client.prepare(operation)
        #expect(request.url.description == "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Alab-teardown%3Alive/invocations?Qualifier=live")
        #expect(request.headers["X-Amz-Invocation-Type"] == "RequestResponse")
    }

    @Test("JSON 1.1 calls carry X-Amz-Target and the protocol's content type; an empty input is {}")
    func jsonOperation() {
        let operation = AWSOperation.json(.ssm, "DescribeInstanceInformation", body: [], idempotency: .idempotent)
        #expect(operation.headers["X-Amz-Target"] == "AmazonSSM.DescribeInstanceInformation")
        #expect(operation.headers["Content-Type"] == "application/x-amz-json-1.1")
        #expect(operation.body == Array("{}".utf8))
        #expect(operation.method == .post && operation.path == "/")
    }

    struct Execution: Decodable { let executionArn: String; let startDate: Double }

    @Test("sendJSON decodes the body; a body of the wrong shape is a MalformedResponse naming the field")
    func typedDecoding() throws {
        let server = try LocalHTTPServer { request in
            request.header("X-Amz-Target") == "AWSStepFunctions.StartExecution"
                ? .init(status: 200, headers: [("x-amzn-RequestId", "S-1")], body: #"{"executionArn":"arn:x","startDate":1.7E9}"#)
                : .init(status: 200, headers: [("x-amzn-RequestId", "S-2")], body: #"{"executionArn":42}"#)
        }
        defer { server.stop() }
        let client = try AWSClientTests.client(server: server)
        let started = try client.sendJSON(
            .json(.stepFunctions, "StartExecution", body: Array("{}".utf8), idempotency: .idempotencyToken), as: Execution.self)
        #expect(started.executionArn == "arn:x")
        #expect {
            _ = try client.sendJSON(.json(.stepFunctions, "DescribeExecution", body: [], idempotency: .idempotent), as: Execution.self)
        } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.kind == .malformedResponse && error.operation == "DescribeExecution" && error.requestID == "S-2"
                && error.message.contains("executionArn")
        }
    }

    @Test("sendXML parses EC2 responses; a broken body is a MalformedResponse with the XML position")
    func xmlDecoding() throws {
        let server = try LocalHTTPServer { request in
            request.bodyText.contains("DescribeImages")
                ? .init(status: 200, body: AWSResponseFixtures.describeImages)
                : .init(status: 200, body: "<DescribeInstancesResponse><reservationSet>")
        }
        defer { server.stop() }
        let client = try AWSClientTests.client(server: server)
        let images = try client.sendXML(.query(.ec2, QueryParameters(action: "DescribeImages", version: "2016-11-15"), idempotency: .idempotent))
        #expect(images.child("imagesSet")?.children("item").count == 2)
        #expect {
            _ = try client.sendXML(.query(.ec2, QueryParameters(action: "DescribeInstances", version: "2016-11-15"), idempotency: .idempotent))
        } throws: { error in
            (error as? AWSError)?.message.contains("line 1, column 44: expected </reservationSet>") == true
        }
    }
}
