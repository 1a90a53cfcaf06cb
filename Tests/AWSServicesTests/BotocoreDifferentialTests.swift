import AWSCore
import AWSServices
import Foundation
import JSONCoding
import Testing

/// Check 1 of issue 3: every request our clients build equals the one botocore builds for the same
/// parameters (`scripts/botocore-goldens.py` wrote what botocore built into `Golden/botocore`).
///
/// Compared: method, host, path, query (decoded pairs, any order), body (form fields as a sorted multiset,
/// JSON as parsed values, anything else byte for byte), every header botocore sends except those of the
/// transport (`Content-Length`, `Expect`), and no header of ours botocore lacks (but `Host`, which botocore
/// adds when sending). With the same body bytes the whole `Authorization` header (the signature) must match;
/// otherwise (JSON, which botocore writes with spaces) its `SignedHeaders` must.
@Suite("botocore differential: our requests equal botocore's")
struct BotocoreDifferentialTests {
    /// Headers the transport owns: libcurl writes `Content-Length` and we suppress `Expect: 100-continue`;
    /// neither is signed.
    static let transportHeaders: Set<String> = ["content-length", "expect"]

    static let caseNames = (Array(DifferentialCases.requests.keys) + Array(DifferentialCases.presigned.keys)).sorted()

    @Test("Every golden file has a Swift case and every Swift case a golden file")
    func casesMatchGoldenFiles() throws {
        let goldens = try BotocoreGolden.allNames()
        #expect(Set(goldens).subtracting(Self.caseNames).sorted() == [], "golden files without a case in DifferentialCases")
        #expect(Set(Self.caseNames).subtracting(goldens).sorted() == [], "cases without a golden file: run .venv/bin/python scripts/botocore-goldens.py")
        #expect(goldens.count >= 49)
    }

    @Test("Every operation of the clients has at least one golden")
    func everyOperationIsCovered() {
        let operations = Set(DifferentialCases.requests.values.map { "\($0.operation.service.id) \($0.operation.name)" })
        let expected: Set<String> = [
            "EC2 DescribeImages", "EC2 DeregisterImage", "EC2 CopyImage", "EC2 CreateTags", "EC2 DescribeSnapshots", "EC2 DeleteSnapshot", "EC2 RunInstances",
            "EC2 DescribeInstances", "EC2 TerminateInstances", "EC2 CreatePlacementGroup", "EC2 DescribePlacementGroups",
            "EC2 DeletePlacementGroup", "EC2 DescribeVolumes", "EC2 DeleteVolume", "EC2 DescribeNetworkInterfaces",
            "EC2 DeleteNetworkInterface", "EC2 DescribeSpotInstanceRequests", "EC2 CancelSpotInstanceRequests",
            "SSM SendCommand", "SSM GetCommandInvocation", "SSM ListCommandInvocations", "SSM DescribeInstanceInformation",
            "S3 PutObject", "S3 GetObject", "S3 HeadObject", "S3 ListObjectsV2", "S3 DeleteObject",
            "DynamoDB PutItem", "DynamoDB UpdateItem", "DynamoDB GetItem", "DynamoDB Query",
            "SFN StartExecution", "SFN DescribeExecution", "SFN ListExecutions", "SFN GetExecutionHistory", "SFN StopExecution",
            "Resource Groups Tagging API GetResources", "Lambda Invoke", "Cost Explorer GetCostAndUsage",
        ]
        #expect(operations == expected)
        #expect(!DifferentialCases.presigned.isEmpty, "the presigned GET URL needs a golden too")
    }

    @Test("Request equals botocore's", arguments: Array(DifferentialCases.requests.keys).sorted())
    func requestEqualsBotocore(_ name: String) throws {
        let golden = try BotocoreGolden(named: name)
        let request = try #require(DifferentialCases.requests[name])
        let client = try Self.client(golden)
        let (unsigned, signer) = try client.prepare(request.operation)
        let ours = signer.sign(unsigned, credentials: try client.credentials.requireCredentials(), at: try Timestamp(iso8601: golden.fixed.time))
        let context = "\(name) (golden by \(golden.generator))"

        #expect(ours.method.rawValue == golden.method, "\(context): method")
        #expect(ours.url.hostHeader == golden.host, "\(context): host")
        #expect(ours.url.path == golden.path, "\(context): path")
        Self.expectSameMultiset(QueryPair.pairs(ofEncoded: ours.url.query), golden.query, "\(context): query")

        // Body, by what botocore says it is.
        let contentType = golden.header("Content-Type") ?? ""
        if contentType.hasPrefix("application/x-www-form-urlencoded") {
            Self.expectSameMultiset(
                QueryPair.pairs(ofEncoded: String(decoding: ours.body, as: UTF8.self)),
                QueryPair.pairs(ofEncoded: String(decoding: golden.body, as: UTF8.self)), "\(context): form body")
        } else if contentType.hasPrefix("application/x-amz-json") {
            let oursJSON = try JSON.parse(ours.body)
            let goldenJSON = try JSON.parse(golden.body)
            #expect(oursJSON == goldenJSON, "\(context): JSON body\n ours:     \(oursJSON)\n botocore: \(goldenJSON)")
        } else {
            #expect(ours.body == golden.body,
                    "\(context): body\n ours:     \(String(decoding: ours.body, as: UTF8.self))\n botocore: \(String(decoding: golden.body, as: UTF8.self))")
        }

        // Headers, both ways (Authorization below).
        for (headerName, value) in golden.headers
        where !Self.transportHeaders.contains(headerName.lowercased()) && headerName.lowercased() != "authorization" {
            #expect(ours.headers[headerName] == value, "\(context): header \(headerName)")
        }
        for field in ours.headers where field.name.lowercased() != "host" {
            #expect(golden.header(field.name) != nil, "\(context): we send \(field.name): \(field.value), botocore does not")
        }

        // The signature: whole when the bodies are the same bytes, else which headers it covers.
        let ourAuthorization = ours.headers["Authorization"] ?? ""
        let goldenAuthorization = golden.header("Authorization") ?? ""
        if ours.body == golden.body {
            #expect(ourAuthorization == goldenAuthorization, "\(context): Authorization (same body bytes, so the signature must match)")
        } else {
            #expect(Self.signedHeaders(ourAuthorization) == Self.signedHeaders(goldenAuthorization), "\(context): SignedHeaders")
            #expect(contentType.hasPrefix("application/x-amz-json"), "\(context): only JSON bodies may differ in bytes")
        }
    }

    @Test("Presigned GET URL equals botocore's", arguments: Array(DifferentialCases.presigned.keys).sorted())
    func presignedURLEqualsBotocore(_ name: String) throws {
        let golden = try BotocoreGolden(named: name)
        let presign = try #require(DifferentialCases.presigned[name])
        let url = try S3Client(client: try Self.client(golden)).presignedGetURL(bucket: presign.bucket, key: presign.key, expiresIn: presign.expiresIn)
        #expect(url == golden.url, "\(name)\n ours:     \(url)\n botocore: \(golden.url)")
    }

    // MARK: Helpers

    /// A client with the golden's fixed region, credentials and clock, default AWS endpoints, that never sends.
    static func client(_ golden: BotocoreGolden) throws -> AWSClient {
        let time = try Timestamp(iso8601: golden.fixed.time)
        return AWSClient(
            region: golden.fixed.region,
            credentials: StaticCredentialProvider(
                accessKeyID: golden.fixed.accessKeyID, secretAccessKey: golden.fixed.secretAccessKey,
                sessionToken: golden.fixed.sessionToken),
            transport: RefusingTransport(), endpoints: EndpointResolver(environment: AWSEnvironment(variables: [:])),
            clock: { time })
    }

    static func signedHeaders(_ authorization: String) -> String? {
        guard let range = authorization.range(of: "SignedHeaders=") else { return nil }
        return String(authorization[range.upperBound...].prefix { $0 != "," })
    }

    static func expectSameMultiset(_ ours: [QueryPair], _ botocore: [QueryPair], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let oursSorted = ours.sorted()
        let botocoreSorted = botocore.sorted()
        guard oursSorted != botocoreSorted else { return }
        var onlyOurs = oursSorted
        var onlyBotocore: [QueryPair] = []
        for pair in botocoreSorted {
            if let index = onlyOurs.firstIndex(of: pair) { onlyOurs.remove(at: index) } else { onlyBotocore.append(pair) }
        }
        Issue.record("\(what) differs\n only ours:     \(onlyOurs)\n only botocore: \(onlyBotocore)", sourceLocation: sourceLocation)
    }
}
