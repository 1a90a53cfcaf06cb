import Foundation
import Testing

/// The runtime loop end to end: the real `echo` bootstrap against a Runtime API server that follows
/// the spec. Each test proves one behaviour Lambda and Step Functions rely on.
@Suite("Runtime loop against a local Runtime API", .serialized)
struct RuntimeLoopTests {
    @Test func respondsWithTheHandlerOutput() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        server.enqueueEvent(#"{"hello":"world","n":1}"#, requestID: "req-1")
        let post = try server.waitForPost()

        #expect(post.path == "/2018-06-01/runtime/invocation/req-1/response", "stderr: \(echo.stderr)")
        #expect(post.bodyText == #"{"hello":"world","n":1,"requestId":"req-1"}"#)
    }

    @Test func servesManyInvocationsOverOneConnection() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        for index in 0..<50 {
            server.enqueueEvent(#"{"i":\#(index)}"#, requestID: "req-\(index)")
            let post = try server.waitForPost(index)
            #expect(post.bodyText == #"{"i":\#(index),"requestId":"req-\#(index)"}"#)
        }
        #expect(server.connectionCount == 1, "the loop should reuse its keep-alive connection")
    }

    @Test func readsAChunkedEventBody() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        let deadline = Int64(Date().timeIntervalSince1970 * 1_000) + 30_000
        server.enqueue(.chunkedEvent(requestID: "req-chunked", body: #"{"payload":"split into five-byte chunks"}"#, deadlineMs: deadline))
        let post = try server.waitForPost()

        #expect(post.bodyText == #"{"payload":"split into five-byte chunks","requestId":"req-chunked"}"#, "stderr: \(echo.stderr)")
    }

    @Test func namedErrorIsReportedUnderItsOwnName() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        server.enqueueEvent(#"{"throw":"ClusterNotReady","message":"2 of 9 nodes not ready: zk-1 (SSM offline)"}"#, requestID: "req-err")
        let post = try server.waitForPost()

        #expect(post.path == "/2018-06-01/runtime/invocation/req-err/error")
        #expect(post.headers["lambda-runtime-function-error-type"] == "ClusterNotReady")
        #expect(post.bodyJSON["errorType"] as? String == "ClusterNotReady")
        #expect(post.bodyJSON["errorMessage"] as? String == "2 of 9 nodes not ready: zk-1 (SSM offline)")
        #expect((post.bodyJSON["stackTrace"] as? [Any])?.isEmpty == true)
        let logged = echo.waitForStderr(containing: #""errorType":"ClusterNotReady""#)
        #expect(logged.contains(#""errorType":"ClusterNotReady""#), "the error is also logged: \(logged)")
    }

    @Test func errorMessageControlCharactersAreEscaped() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        server.enqueueEvent(#"{"throw":"Bad\nName","message":"line1\nline2\t\"quoted\"\u0001"}"#)
        let post = try server.waitForPost()

        #expect(post.headers["lambda-runtime-function-error-type"] == "Bad_Name", "no CR/LF may reach a header")
        #expect(post.bodyText.contains(#""errorMessage":"line1\nline2\t\"quoted\"\u0001""#), "body: \(post.bodyText)")
        #expect(post.bodyJSON["errorMessage"] as? String == "line1\nline2\t\"quoted\"\u{01}")
    }

    @Test func initFailureIsPostedToInitErrorAndExitsNonZero() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint, environment: ["ECHO_FAIL_INIT": "missing RESULTS_BUCKET"])

        let post = try server.waitForPost()
        let status = echo.waitForExit()

        #expect(post.path == "/2018-06-01/runtime/init/error")
        #expect(post.headers["lambda-runtime-function-error-type"] == "EchoInitFailed")
        #expect(post.bodyJSON["errorMessage"] as? String == "echo was asked to fail at init: missing RESULTS_BUCKET")
        #expect(status != nil && status != 0, "exit status \(String(describing: status)); stderr: \(echo.stderr)")
    }

    @Test func traceIDIsExportedForTheInvocation() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        let trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
        server.enqueueEvent(#"{"reportContext":true}"#, requestID: "req-trace", traceID: trace)
        let first = try server.waitForPost(0)
        server.enqueueEvent(#"{"reportContext":true}"#, requestID: "req-untraced")
        let second = try server.waitForPost(1)

        let firstContext = first.bodyJSON["context"] as? [String: Any]
        let secondContext = second.bodyJSON["context"] as? [String: Any]
        #expect(firstContext?["traceIdFromEnvironment"] as? String == trace, "body: \(first.bodyText)")
        #expect(secondContext?["traceIdFromEnvironment"] is NSNull, "a later invocation without a trace must not see the old one: \(second.bodyText)")
    }

    @Test func deadlineAndFunctionARNReachTheHandler() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        let deadline = Int64(Date().timeIntervalSince1970 * 1_000) + 12_000
        let arn = "arn:aws:lambda:eu-west-1:123456789012:function:poll-readiness:live"
        server.enqueueEvent(#"{"reportContext":true}"#, requestID: "req-deadline", deadlineMs: deadline, functionARN: arn)
        let post = try server.waitForPost()

        let context = try #require(post.bodyJSON["context"] as? [String: Any], "body: \(post.bodyText)")
        #expect((context["deadlineMs"] as? NSNumber)?.int64Value == deadline)
        #expect(context["invokedFunctionArn"] as? String == arn)
        let remaining = (context["remainingTimeMs"] as? NSNumber)?.int64Value ?? -1
        #expect(remaining > 10_000 && remaining <= 12_000, "remaining \(remaining) ms of a 12 s deadline")
    }

    @Test func undecodableEventFailsWithInvalidEventNamingTheField() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        server.enqueueEvent(#"{"sleepMs":"soon"}"#, requestID: "req-bad-field")
        let wrongType = try server.waitForPost(0)
        server.enqueueEvent("this is not json", requestID: "req-not-json")
        let notJSON = try server.waitForPost(1)
        server.enqueueEvent(#"{"ok":true}"#, requestID: "req-after")
        let after = try server.waitForPost(2)

        #expect(wrongType.path.hasSuffix("/req-bad-field/error"))
        #expect(wrongType.headers["lambda-runtime-function-error-type"] == "InvalidEvent")
        let message = wrongType.bodyJSON["errorMessage"] as? String ?? ""
        #expect(message.contains("sleepMs"), "the message must name the field: \(message)")
        #expect(notJSON.headers["lambda-runtime-function-error-type"] == "InvalidEvent")
        #expect((notJSON.bodyJSON["errorMessage"] as? String ?? "").contains("not valid JSON"), "\(notJSON.bodyText)")
        #expect(after.path.hasSuffix("/req-after/response"), "a bad event must not stop the loop")
    }

    @Test func oversizeOutputFailsWithResponseTooLarge() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        server.enqueueEvent(#"{"outputBytes":\#(6 * 1024 * 1024)}"#, requestID: "req-big")
        let big = try server.waitForPost(0)
        server.enqueueEvent(#"{"outputBytes":\#(6 * 1024 * 1024 - 100)}"#, requestID: "req-just-fits")
        let fits = try server.waitForPost(1)

        #expect(big.path.hasSuffix("/req-big/error"))
        #expect(big.headers["lambda-runtime-function-error-type"] == "ResponseTooLarge")
        #expect((big.bodyJSON["errorMessage"] as? String ?? "").contains("6291456"), "\(big.bodyText.prefix(300))")
        #expect(fits.path.hasSuffix("/req-just-fits/response"))
        #expect(fits.body.count <= 6 * 1024 * 1024)
    }

    @Test func nextAnswering500EndsTheProcess() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)

        server.enqueue(.status(500, body: #"{"errorMessage":"container broken","errorType":"Runtime.Unknown"}"#))
        let status = echo.waitForExit(timeout: 5)

        #expect(status != nil && status != 0, "the runtime must exit promptly on /next 500; stderr: \(echo.stderr)")
        let logged = echo.waitForStderr(containing: "HTTP 500")
        #expect(logged.contains("HTTP 500"), "stderr: \(logged)")
        #expect(server.postCount == 0)
    }

    @Test func survivesTheRuntimeAPIRestartingBetweenInvocations() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        server.enqueueEvent(#"{"before":true}"#, requestID: "req-before")
        _ = try server.waitForPost(0)
        // Once the loop is blocked in its second GET /next on the old connection, the server goes away.
        try server.waitForNextRequests(2)
        server.stop()
        usleep(30_000)
        try server.start()
        server.enqueueEvent(#"{"after":true}"#, requestID: "req-after-restart")
        let after = try server.waitForPost(1)

        #expect(after.bodyText == #"{"after":true,"requestId":"req-after-restart"}"#, "stderr: \(echo.stderr)")
    }

    @Test func unreachableRuntimeAPIEndsTheProcessAfterQuickRetries() throws {
        // Reserve a port, then close it, so nothing listens there.
        let server = try RuntimeAPITestServer()
        let endpoint = server.endpoint
        server.stop()

        let started = Date()
        let echo = try EchoProcess(runtimeAPI: endpoint)
        let status = echo.waitForExit(timeout: 5)

        #expect(status != nil && status != 0, "stderr: \(echo.stderr)")
        #expect(Date().timeIntervalSince(started) < 3, "a few quick retries, not a long wait")
        let logged = echo.waitForStderr(containing: "RuntimeAPIUnreachable")
        #expect(logged.contains("RuntimeAPIUnreachable"), "stderr: \(logged)")
    }

    @Test func missingRuntimeAPIVariableExitsWithAnExplanation() throws {
        let echo = try EchoProcess(runtimeAPI: nil)
        let status = echo.waitForExit(timeout: 5)

        #expect(status == 1)
        let logged = echo.waitForStderr(containing: "AWS_LAMBDA_RUNTIME_API is not set")
        #expect(logged.contains("AWS_LAMBDA_RUNTIME_API is not set"), "stderr: \(logged)")
    }

    @Test func logLinesAreJSONCarryingTheRequestID() throws {
        let server = try RuntimeAPITestServer()
        let echo = try EchoProcess(runtimeAPI: server.endpoint)
        defer { echo.terminate() }

        server.enqueueEvent(#"{"throw":"BenchmarkFailed"}"#, requestID: "req-logged")
        _ = try server.waitForPost()
        echo.waitForStderr(containing: "req-logged")

        let lines = echo.stderr.split(separator: "\n")
        let line = try #require(lines.first { $0.contains("req-logged") }, "stderr: \(echo.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["requestId"] as? String == "req-logged")
        #expect(object["level"] as? String == "ERROR")
        #expect((object["timestamp"] as? String)?.hasSuffix("Z") == true)
        #expect(object["errorType"] as? String == "BenchmarkFailed")
    }
}
