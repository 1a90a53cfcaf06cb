import Testing

@testable import LambdaRuntime

/// The exact bytes each Runtime API request puts on the wire.
@Suite struct RuntimeAPIRequestTests {
    let host = "127.0.0.1:9001"

    @Test func nextIsABareGet() {
        let bytes = RuntimeAPIRequest.next.serialized(host: host)
        #expect(String(decoding: bytes, as: UTF8.self) == """
            GET /2018-06-01/runtime/invocation/next HTTP/1.1\r
            Host: 127.0.0.1:9001\r
            User-Agent: pulsar-aws-lab-runtime/1\r
            \r

            """)
    }

    @Test func responseCarriesTheBodyWithItsLength() {
        let bytes = RuntimeAPIRequest.response(requestID: "8476a536", body: Array(#"{"ok":true}"#.utf8)).serialized(host: host)
        #expect(String(decoding: bytes, as: UTF8.self) == """
            POST /2018-06-01/runtime/invocation/8476a536/response HTTP/1.1\r
            Host: 127.0.0.1:9001\r
            User-Agent: pulsar-aws-lab-runtime/1\r
            Content-Type: application/json\r
            Content-Length: 11\r
            \r
            {"ok":true}
            """)
    }

    @Test func errorNamesItsTypeInHeaderAndBody() {
        let report = ErrorReport(errorType: "ClusterNotReady", errorMessage: "zk-1: SSM agent offline")
        let bytes = RuntimeAPIRequest.error(requestID: "r1", report: report).serialized(host: host)
        #expect(String(decoding: bytes, as: UTF8.self) == """
            POST /2018-06-01/runtime/invocation/r1/error HTTP/1.1\r
            Host: 127.0.0.1:9001\r
            User-Agent: pulsar-aws-lab-runtime/1\r
            Lambda-Runtime-Function-Error-Type: ClusterNotReady\r
            Content-Type: application/vnd.aws.lambda.error+json\r
            Content-Length: 88\r
            \r
            {"errorMessage":"zk-1: SSM agent offline","errorType":"ClusterNotReady","stackTrace":[]}
            """)
    }

    @Test func initErrorGoesToTheInitPath() {
        let report = ErrorReport(errorType: "InvalidEnvironment", errorMessage: "RESULTS_BUCKET is not set")
        let text = String(decoding: RuntimeAPIRequest.initError(report: report).serialized(host: host), as: UTF8.self)
        #expect(text.hasPrefix("POST /2018-06-01/runtime/init/error HTTP/1.1\r\n"))
        #expect(text.contains("Lambda-Runtime-Function-Error-Type: InvalidEnvironment\r\n"))
    }
}

@Suite struct ErrorReportTests {
    struct ClusterNotReady: LambdaNamedError {
        var errorType: String { "ClusterNotReady" }
        var errorMessage: String { "3 nodes not ready" }
    }

    struct PlainSwiftError: Error, CustomStringConvertible {
        var description: String { "something specific broke" }
    }

    @Test func namedErrorUsesItsOwnName() {
        let report = ErrorReport(ClusterNotReady())
        #expect(report == ErrorReport(errorType: "ClusterNotReady", errorMessage: "3 nodes not ready"))
    }

    @Test func otherErrorsAreNamedAfterTheirSwiftType() {
        let report = ErrorReport(PlainSwiftError())
        #expect(report.errorType == "PlainSwiftError")
        #expect(report.errorMessage == "something specific broke")
    }

    @Test func runtimeErrorsAreNamedByTheirCode() {
        #expect(ErrorReport(LambdaRuntimeError(.invalidEvent, "x")).errorType == "InvalidEvent")
        #expect(ErrorReport(LambdaRuntimeError(.responseTooLarge, "x")).errorType == "ResponseTooLarge")
    }

    @Test func controlCharactersAreEscapedInTheBody() {
        let body = ErrorReport(errorType: "T", errorMessage: "a\nb\u{0}c\"d\\").jsonBody
        #expect(String(decoding: body, as: UTF8.self) == #"{"errorMessage":"a\nb\u0000c\"d\\","errorType":"T","stackTrace":[]}"#)
    }
}

@Suite struct InvocationTests {
    func response(_ headers: [String: String]) -> RuntimeAPIResponse {
        RuntimeAPIResponse(status: 200, headers: headers, body: Array("{}".utf8))
    }

    @Test func readsEveryHeader() throws {
        let invocation = try Invocation(response([
            "lambda-runtime-aws-request-id": "r1", "lambda-runtime-deadline-ms": "1700000000000",
            "lambda-runtime-invoked-function-arn": "arn:aws:lambda:us-east-1:1:function:f",
            "lambda-runtime-trace-id": "Root=1-a", "lambda-runtime-client-context": "cc",
            "lambda-runtime-cognito-identity": "ci",
        ]))
        #expect(invocation.requestID == "r1")
        #expect(invocation.deadlineMs == 1_700_000_000_000)
        #expect(invocation.traceID == "Root=1-a")
        #expect(invocation.clientContext == "cc" && invocation.cognitoIdentity == "ci")
    }

    @Test func namesTheMissingHeader() {
        #expect {
            try Invocation(response(["lambda-runtime-aws-request-id": "r1", "lambda-runtime-invoked-function-arn": "a"]))
        } throws: { error in
            "\(error)".contains("lambda-runtime-deadline-ms") && "\(error)".contains("r1")
        }
        #expect {
            try Invocation(response(["lambda-runtime-deadline-ms": "1"]))
        } throws: { error in
            "\(error)".contains("lambda-runtime-aws-request-id")
        }
    }
}

@Suite struct RuntimeAPIEndpointTests {
    @Test func parsesHostAndPort() {
        #expect(RuntimeAPIEndpoint("127.0.0.1:9001") == RuntimeAPIEndpoint(host: "127.0.0.1", port: 9001))
        #expect(RuntimeAPIEndpoint("[::1]:9001") == RuntimeAPIEndpoint(host: "::1", port: 9001))
        #expect(RuntimeAPIEndpoint("[::1]:9001")?.description == "[::1]:9001")
        #expect(RuntimeAPIEndpoint("localhost") == nil)
        #expect(RuntimeAPIEndpoint(":9001") == nil)
        #expect(RuntimeAPIEndpoint("host:99999") == nil)
    }
}
