@testable import AWSCore
import Foundation
import Synchronization
import Testing

@Suite("AWSClient: signing, retries, errors against a local server")
struct AWSClientTests {
    static let keys = StaticCredentialProvider(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let suiteTime = Timestamp(seconds: 1_440_938_160)  // 20150830T123600Z

    static func client(
        server: LocalHTTPServer? = nil, variables: [String: String] = [:], retry: RetryPolicy = .standard,
        credentials: any CredentialProvider = keys, region: String = "us-east-1"
    ) throws -> AWSClient {
        var environment = variables
        if let server { environment["AWS_ENDPOINT_URL"] = server.baseURL }
        return AWSClient(
            region: region, credentials: credentials, transport: try CurlTransport(),
            endpoints: EndpointResolver(environment: AWSEnvironment(variables: environment)), retryPolicy: retry,
            clock: { suiteTime })
    }

    static func throttleTwiceThenSucceed() throws -> LocalHTTPServer {
        let count = Mutex(0)
        return try LocalHTTPServer { _ in
            let call = count.withLock { value -> Int in
                value += 1
                return value
            }
            if call <= 2 {
                return .init(status: 400, headers: [("x-amzn-RequestId", "throttled-\(call)")],
                             body: #"{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"Rate of requests exceeds the allowed throughput."}"#)
            }
            return .init(status: 200, headers: [("Content-Type", "application/x-amz-json-1.0")], body: #"{"Item":{}}"#)
        }
    }

    static func getItem(_ idempotency: AWSOperation.Idempotency = .idempotent) -> AWSOperation {
        .json(.dynamoDB, "GetItem", body: Array(#"{"TableName":"lab"}"#.utf8), idempotency: idempotency)
    }

    // MARK: Signing, checked against botocore

    /// botocore 1.43.11 signed the same DynamoDB GetItem (eu-west-1, same keys and time, same body):
    /// `SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=4fa915c4…`.
    @Test("A JSON 1.0 call is signed exactly as botocore signs it")
    func jsonSignatureMatchesBotocore() throws {
        let client = try Self.client(region: "eu-west-1")
        let operation = AWSOperation.json(
            .dynamoDB, "GetItem", body: Array(#"{"TableName": "lab", "Key": {"id": {"S": "exp-1"}}}"#.utf8), idempotency: .idempotent)
        let (request, signer) = try client.prepare(operation)
        let signed = signer.sign(request, credentials: try Self.keys.requireCredentials(), at: Self.suiteTime)
        #expect(signed.url.description == "https://dynamodb.eu-west-1.amazonaws.com/")
        #expect(signed.headers["X-Amz-Target"] == "DynamoDB_20120810.GetItem")
        #expect(signed.headers["Content-Type"] == "application/x-amz-json-1.0")
        #expect(signed.headers["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=4fa915c432ba621ae43ba7aca0270c88d176091f3f68f109983d2773e3e08389")
    }

    /// botocore 1.43.11 PutObject of `exp-1//a/../b c.json` (eu-west-1, body `hello`): the path is sent and
    /// signed as is (not normalised), with `x-amz-content-sha256`.
    @Test("An S3 PUT keeps its path un-normalised and signs x-amz-content-sha256, as botocore does")
    func s3SignatureMatchesBotocore() throws {
        let client = try Self.client(region: "eu-west-1")
        var headers = HTTPHeaders()
        headers.set("Content-Type", "application/json")
        let operation = AWSOperation(
            service: .s3, name: "PutObject", method: .put, headers: headers, body: Array("hello".utf8),
            bucket: "pulsar-lab-results", key: "exp-1//a/../b c.json", idempotency: .idempotent)
        let (request, signer) = try client.prepare(operation)
        let signed = signer.sign(request, credentials: try Self.keys.requireCredentials(), at: Self.suiteTime)
        #expect(signed.url.description == "https://pulsar-lab-results.s3.eu-west-1.amazonaws.com/exp-1//a/../b%20c.json")
        #expect(signed.headers["x-amz-content-sha256"] == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        #expect(signed.headers["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/s3/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=005e69466dbaa4522ddfd247caaa6e34c70f3f2d16262640460cbcb6d62c89a5")
    }

    /// botocore 1.43.11 `generate_presigned_url('get_object')` with s3v4, session token, same time.
    @Test("S3 presigned GET URLs equal botocore's, on AWS and on a custom endpoint", arguments: [
        (nil, "exp-1/report a+b.html", 3600,
         "https://pulsar-lab-results.s3.amazonaws.com/exp-1/report%20a%2Bb.html?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=session-token-1&X-Amz-Signature=1d150d0d774370579592b0f848d2dca0ca2a0638cd8d820a86a9aff01506d1e9"),
        ("http://127.0.0.1:5000", "exp-1/report.html", 604_800,
         "http://127.0.0.1:5000/pulsar-lab-results/exp-1/report.html?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Security-Token=session-token-1&X-Amz-Signature=105b9185a5015b348410df340fe402a28c93ea85cc6e8bef9e5a2cca1a375f44"),
    ] as [(String?, String, Int, String)])
    func presignedURLMatchesBotocore(_ endpoint: String?, _ key: String, _ expires: Int, _ expected: String) throws {
        let credentials = StaticCredentialProvider(
            accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: "session-token-1")
        let client = try Self.client(variables: endpoint.map { ["AWS_ENDPOINT_URL_S3": $0] } ?? [:], credentials: credentials)
        let operation = AWSOperation(service: .s3, name: "GetObject", method: .get, bucket: "pulsar-lab-results", key: key, idempotency: .idempotent)
        #expect(try client.presignedURL(for: operation, expiresIn: expires) == expected)
        #expect(throws: AWSError.self) { try client.presignedURL(for: operation, expiresIn: 604_801) }
    }

    @Test("What arrives at the server is exactly what was signed (the server re-computes the signature)")
    func serverSideVerification() throws {
        let server = try LocalHTTPServer { _ in .init(status: 200, body: "{}") }
        defer { server.stop() }
        let client = try Self.client(server: server)
        _ = try client.send(Self.getItem())
        let received = try #require(server.requests.first)
        let authorization = try #require(received.header("Authorization"))
        let signedNames = authorization.split(separator: ",")[1].split(separator: "=")[1].split(separator: ";").map(String.init)
        var headers = HTTPHeaders()
        for (name, value) in received.headers where signedNames.contains(name.lowercased()) { headers.add(name, value) }
        let rebuilt = HTTPRequest(method: HTTPMethod(rawValue: received.method), url: try HTTPURL(parsing: server.baseURL + received.target),
                                  headers: headers, body: received.body)
        let recomputed = SigV4Signer(signingName: "dynamodb", region: "us-east-1")
            .signature(for: rebuilt, credentials: try Self.keys.requireCredentials(), at: Self.suiteTime)
        #expect(recomputed.authorization == authorization)
        #expect(signedNames == ["content-type", "host", "x-amz-date", "x-amz-target"])
    }

    // MARK: Retries

    @Test("ThrottlingException twice, then success: 3 attempts, success, jittered backoff from 1 s")
    func retriesThrottling() throws {
        let server = try Self.throttleTwiceThenSucceed()
        defer { server.stop() }
        let sleeps = SleepRecorder()
        let client = try Self.client(server: server, retry: sleeps.policy(random: 0.5))
        let response = try client.send(Self.getItem())
        #expect(response.bodyText == #"{"Item":{}}"#)
        #expect(server.requests.count == 3)
        #expect(sleeps.recorded == [.milliseconds(500), .milliseconds(1000)], "0.5 × 1 s, then 0.5 × 2 s")
        #expect(Set(server.requests.map { $0.header("X-Amz-Date") ?? "" }).count == 1, "fixed clock: each attempt re-signed with it")
        #expect(client.retryQuota.available == RetryQuota.initialTokens - 2 * RetryQuota.retryCost + RetryQuota.retryCost,
                "two retries cost 5 each; the success refunds the last retry's cost (botocore's quota rule)")
    }

    @Test("A non-idempotent call without an idempotency token is not retried")
    func nonIdempotentIsNotRetried() throws {
        let server = try Self.throttleTwiceThenSucceed()
        defer { server.stop() }
        let sleeps = SleepRecorder()
        let client = try Self.client(server: server, retry: sleeps.policy())
        #expect {
            _ = try client.send(Self.getItem(.nonIdempotent))
        } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.code == "ThrottlingException" && error.isRetryable && error.requestID == "throttled-1"
                && error.service == "DynamoDB" && error.operation == "GetItem"
        }
        #expect(server.requests.count == 1)
        #expect(sleeps.recorded.isEmpty)
    }

    @Test("A non-idempotent call that carries an idempotency token is retried")
    func tokenCarryingCallIsRetried() throws {
        let server = try Self.throttleTwiceThenSucceed()
        defer { server.stop() }
        let client = try Self.client(server: server, retry: SleepRecorder().policy())
        _ = try client.send(Self.getItem(.idempotencyToken))
        #expect(server.requests.count == 3)
    }

    @Test("After max attempts the last error is thrown; AWS_MAX_ATTEMPTS-style limit of 2 is honoured")
    func exhaustsAttempts() throws {
        let server = try Self.throttleTwiceThenSucceed()
        defer { server.stop() }
        let client = try Self.client(server: server, retry: SleepRecorder().policy(maxAttempts: 2))
        #expect { _ = try client.send(Self.getItem()) } throws: { error in
            (error as? AWSError)?.requestID == "throttled-2"
        }
        #expect(server.requests.count == 2)
    }

    @Test("A non-retryable error is thrown after one attempt, decoded, with a readable description")
    func nonRetryable() throws {
        let server = try LocalHTTPServer { _ in
            .init(status: 400, headers: [("x-amzn-RequestId", "R-9")],
                  body: #"{"__type":"com.amazon.coral.validate#ValidationException","message":"1 validation error detected"}"#)
        }
        defer { server.stop() }
        let client = try Self.client(server: server, retry: SleepRecorder().policy())
        #expect { _ = try client.send(Self.getItem()) } throws: { error in
            "\(error)" == "DynamoDB GetItem failed: ValidationException — 1 validation error detected (HTTP 400, request id R-9)"
        }
        #expect(server.requests.count == 1)
    }

    @Test("HTTP 503 and transport failures are retried; the final error is attributed to the operation")
    func transientFailures() throws {
        let count = Mutex(0)
        let server = try LocalHTTPServer { _ in
            let call = count.withLock { value -> Int in
                value += 1
                return value
            }
            return call == 1 ? .init(status: 503, body: "") : .init(status: 200, body: "<ok/>")
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        let client = try Self.client(server: server, retry: sleeps.policy(random: 1.0))
        var parameters = QueryParameters(action: "DescribeInstances", version: "2016-11-15")
        parameters.set("MaxResults", 5)
        _ = try client.send(.query(.ec2, parameters, idempotency: .idempotent))
        #expect(server.requests.count == 2)
        #expect(sleeps.recorded == [.milliseconds(50)], "non-throttling errors back off from 50 ms")
        #expect(server.requests.first?.bodyText == "Action=DescribeInstances&Version=2016-11-15&MaxResults=5")
        #expect(server.requests.first?.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")

        let closed = try LocalHTTPServer { _ in .init(status: 200) }
        closed.stop()
        let unreachable = try Self.client(server: closed, retry: sleeps.policy())
        #expect { _ = try unreachable.send(.query(.ec2, parameters, idempotency: .idempotent)) } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.kind == .transport && error.code == "CouldNotConnect" && error.service == "EC2"
                && error.operation == "DescribeInstances" && "\(error)".hasPrefix("EC2 DescribeInstances failed: CouldNotConnect — could not connect to http://127.0.0.1:")
        }
    }

    @Test("S3 on a custom endpoint uses path style, sends x-amz-content-sha256, and HEAD errors decode from status")
    func s3PathStyle() throws {
        let server = try LocalHTTPServer { request in
            request.method == "HEAD" ? .init(status: 404, headers: [("x-amz-request-id", "H-1")]) : .init(status: 200)
        }
        defer { server.stop() }
        let client = try Self.client(server: server, retry: SleepRecorder().policy())
        let put = AWSOperation(service: .s3, name: "PutObject", method: .put, body: Array("{}".utf8),
                               bucket: "pulsar-lab-results", key: "exp-1/summary.json", idempotency: .idempotent)
        _ = try client.send(put)
        let received = try #require(server.requests.first)
        #expect(received.target == "/pulsar-lab-results/exp-1/summary.json")
        #expect(received.header("x-amz-content-sha256") == Crypto.sha256Hex(Array("{}".utf8)))

        let head = AWSOperation(service: .s3, name: "HeadObject", method: .head, bucket: "pulsar-lab-results", key: "missing", idempotency: .idempotent)
        #expect { _ = try client.send(head) } throws: { error in
            (error as? AWSError)?.code == "NotFound" && (error as? AWSError)?.requestID == "H-1"
        }
    }

    @Test("Backoff is capped at 20 s and grows by powers of two")
    func backoffShape() {
        let policy = RetryPolicy(random: { 1.0 })
        let throttle = AWSError(kind: .service, code: "ThrottlingException", message: "", httpStatus: 400, isRetryable: true)
        #expect((1...6).map { policy.delay(afterAttempt: $0, error: throttle) }
                == [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(20)])
        let transient = AWSError(kind: .transport, code: "Timeout", message: "", isRetryable: true)
        #expect(policy.delay(afterAttempt: 3, error: transient) == .milliseconds(200))
    }

    @Test("fromEnvironment reads region, endpoint and AWS_MAX_ATTEMPTS, and refuses a bad value")
    func fromEnvironment() throws {
        let environment = AWSEnvironment(variables: [
            "AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b", "AWS_MAX_ATTEMPTS": "5",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:5000", "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
        ])
        let client = try AWSClient.fromEnvironment(environment)
        #expect(client.region == "eu-west-1")
        #expect(client.retryPolicy.maxAttempts == 5)
        #expect(try client.credentials.requireCredentials().accessKeyID == "a")
        #expect(try client.prepare(Self.getItem()).0.url.description == "http://127.0.0.1:5000/")
        var bad = environment
        bad.variables["AWS_MAX_ATTEMPTS"] = "zero"
        #expect(throws: AWSError.self) { try AWSClient.fromEnvironment(bad) }
        var noRegion = environment
        noRegion.variables["AWS_REGION"] = nil
        #expect { _ = try AWSClient.fromEnvironment(noRegion) } throws: { error in (error as? AWSError)?.code == "NoRegion" }
    }
}
