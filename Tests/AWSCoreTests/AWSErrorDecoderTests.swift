import AWSCore
import Testing

@Suite("Error decoding")
struct AWSErrorDecoderTests {
    @Test("EC2 query error, and its one-line description")
    func ec2() {
        let error = AWSErrorDecoder.decode(
            HTTPResponse(status: 400, body: Array(AWSResponseFixtures.ec2Error.utf8)), service: .ec2, operation: "DescribeImages")
        #expect(error.kind == .service)
        #expect(error.code == "InvalidAMIID.NotFound")
        #expect(error.requestID == "59dbff89-35bd-4eac-99ed-be587EXAMPLE")
        #expect(!error.isRetryable)
        #expect(error.description == "EC2 DescribeImages failed: InvalidAMIID.NotFound — The image id '[ami-1]' does not exist (HTTP 400, request id 59dbff89-35bd-4eac-99ed-be587EXAMPLE)")
    }

    @Test("AWS query error (STS)")
    func query() {
        let error = AWSErrorDecoder.decode(
            HTTPResponse(status: 403, body: Array(AWSResponseFixtures.queryError.utf8)), service: .sts, operation: "GetCallerIdentity")
        #expect(error.code == "InvalidClientTokenId")
        #expect(error.message == "The security token included in the request is invalid.")
        #expect(error.requestID == "4a7a4d1c-2d6a-4c33-9c4b-example")
    }

    @Test("JSON 1.0/1.1: __type with namespace prefix or URL suffix, message in either case, request id header")
    func json() {
        let headers: HTTPHeaders = ["x-amzn-RequestId": "RID-1"]
        let dynamo = AWSErrorDecoder.decode(
            HTTPResponse(status: 400, headers: headers, body: Array(#"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}"#.utf8)),
            service: .dynamoDB, operation: "PutItem")
        #expect(dynamo.code == "ConditionalCheckFailedException")
        #expect(dynamo.message == "The conditional request failed")
        #expect(dynamo.requestID == "RID-1")

        let throttled = AWSErrorDecoder.decode(
            HTTPResponse(status: 400, body: Array(#"{"__type":"ThrottlingException:http://internal.amazon.com/","Message":"Rate exceeded"}"#.utf8)),
            service: .ssm, operation: "SendCommand")
        #expect(throttled.code == "ThrottlingException")
        #expect(throttled.message == "Rate exceeded")
        #expect(throttled.isRetryable)
    }

    @Test("REST-JSON (Lambda): the x-amzn-ErrorType header names the error")
    func restJSON() {
        let error = AWSErrorDecoder.decode(
            HTTPResponse(status: 404, headers: ["x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/", "x-amzn-RequestId": "L-1"],
                         body: Array(#"{"Type":"User","message":"Function not found: arn:aws:lambda:us-east-1:1:function:x"}"#.utf8)),
            service: .lambda, operation: "Invoke")
        #expect(error.code == "ResourceNotFoundException")
        #expect(error.message.hasPrefix("Function not found"))
        #expect(error.requestID == "L-1")
    }

    @Test("S3 REST-XML errors, and a body-less HEAD named from its status")
    func s3() {
        let error = AWSErrorDecoder.decode(
            HTTPResponse(status: 404, body: Array(AWSResponseFixtures.s3Error.utf8)), service: .s3, operation: "GetObject")
        #expect(error.code == "NoSuchKey")
        #expect(error.requestID == "4442587FB7D0A2F9")

        let head = AWSErrorDecoder.decode(
            HTTPResponse(status: 404, headers: ["x-amz-request-id": "HEAD-1"]), service: .s3, operation: "HeadObject")
        #expect(head.code == "NotFound")
        #expect(head.description == "S3 HeadObject failed: NotFound — Not Found (HTTP 404, request id HEAD-1)")

        let slowDown = AWSErrorDecoder.decode(
            HTTPResponse(status: 503, body: Array("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>".utf8)),
            service: .s3, operation: "PutObject")
        #expect(slowDown.code == "SlowDown" && slowDown.isRetryable)
    }

    @Test("A non-protocol body (proxy HTML) still gives status, retryability and the start of the body")
    func unexpectedBody() {
        let error = AWSErrorDecoder.decode(
            HTTPResponse(status: 502, body: Array("<html><body>Bad gateway</body></html>".utf8)), service: .ec2, operation: "DescribeInstances")
        #expect(error.code == "HTTP502")
        #expect(error.isRetryable)
        #expect(error.message.contains("Bad gateway"))
    }
}
