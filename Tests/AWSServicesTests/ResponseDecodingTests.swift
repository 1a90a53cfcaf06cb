import AWSCore
import AWSServices
import Testing

/// Decoding of response shapes AWS sends (from the API references) that moto does not produce, and of
/// malformed answers: what is missing must be named with its path and the request id.
@Suite("Response decoding: AWS shapes and malformed answers")
struct ResponseDecodingTests {
    /// Shaped like the DescribeInstances example of the EC2 API reference: namespace, nested `item` lists,
    /// a terminated spot instance with its state reason, millisecond launch time.
    static let describeInstances = """
        <?xml version="1.0" encoding="UTF-8"?>
        <DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
          <requestId>8f7724cf-496f-496e-8fe3-example</requestId>
          <reservationSet>
            <item>
              <reservationId>r-1234567890abcdef0</reservationId>
              <ownerId>123456789012</ownerId>
              <groupSet/>
              <instancesSet>
                <item>
                  <instanceId>i-1234567890abcdef0</instanceId>
                  <imageId>ami-bff32ccc</imageId>
                  <instanceState><code>48</code><name>terminated</name></instanceState>
                  <privateDnsName>ip-192-168-1-88.eu-west-1.compute.internal</privateDnsName>
                  <reason>User initiated (2026-11-26 02:10:00 GMT)</reason>
                  <instanceType>i4i.xlarge</instanceType>
                  <launchTime>2026-11-26T02:01:27.000Z</launchTime>
                  <placement><availabilityZone>eu-west-1a</availabilityZone><groupName>pulsar-lab-nightly</groupName><tenancy>default</tenancy></placement>
                  <subnetId>subnet-56f5f633</subnetId>
                  <vpcId>vpc-11112222</vpcId>
                  <privateIpAddress>192.168.1.88</privateIpAddress>
                  <ipAddress>54.194.252.215</ipAddress>
                  <stateReason><code>Server.SpotInstanceTermination</code><message>Server.SpotInstanceTermination: Spot instance termination</message></stateReason>
                  <blockDeviceMapping>
                    <item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-1234567890abcdef0</volumeId><status>attached</status></ebs></item>
                    <item><deviceName>/dev/sdf</deviceName><ebs><volumeId>vol-0fedcba987654321f</volumeId><status>attached</status></ebs></item>
                  </blockDeviceMapping>
                  <instanceLifecycle>spot</instanceLifecycle>
                  <spotInstanceRequestId>sir-0123abcd</spotInstanceRequestId>
                  <clientToken>nightly-bookkeeper-7f3a9c</clientToken>
                  <tagSet>
                    <item><key>ExperimentID</key><value>nightly-2026-11-26</value></item>
                    <item><key>Empty</key><value/></item>
                  </tagSet>
                  <networkInterfaceSet><item><networkInterfaceId>eni-0f1e2d3c</networkInterfaceId><tagSet/></item></networkInterfaceSet>
                </item>
              </instancesSet>
            </item>
          </reservationSet>
          <nextToken>eyJ2IjoiMiJ9</nextToken>
        </DescribeInstancesResponse>
        """

    @Test("An EC2 DescribeInstances page as AWS sends it decodes every field the lab reads")
    func describeInstancesAsAWSSendsIt() throws {
        let transport = ScriptedTransport([ScriptedTransport.xml(Self.describeInstances)])
        let page = try EC2Client(client: transport.client()).describeInstances(DescribeInstancesRequest(maxResults: 5))
        #expect(page.nextPageToken == "eyJ2IjoiMiJ9")
        let instance = try #require(page.items.first)
        #expect(page.items.count == 1)
        #expect(instance == EC2Instance(
            instanceID: "i-1234567890abcdef0", reservationID: "r-1234567890abcdef0", imageID: "ami-bff32ccc", instanceType: "i4i.xlarge",
            state: EC2InstanceState(code: 48, name: "terminated"),
            stateReason: EC2StateReason(code: "Server.SpotInstanceTermination", message: "Server.SpotInstanceTermination: Spot instance termination"),
            privateIPAddress: "192.168.1.88", publicIPAddress: "54.194.252.215",
            privateDNSName: "ip-192-168-1-88.eu-west-1.compute.internal", launchTime: try Timestamp(iso8601: "2026-11-26T02:01:27Z"),
            subnetID: "subnet-56f5f633", vpcID: "vpc-11112222", availabilityZone: "eu-west-1a", placementGroupName: "pulsar-lab-nightly",
            instanceLifecycle: "spot", spotInstanceRequestID: "sir-0123abcd", clientToken: "nightly-bookkeeper-7f3a9c",
            tags: ["ExperimentID": "nightly-2026-11-26", "Empty": ""],
            blockDevices: [
                EC2InstanceBlockDevice(deviceName: "/dev/xvda", volumeID: "vol-1234567890abcdef0"),
                EC2InstanceBlockDevice(deviceName: "/dev/sdf", volumeID: "vol-0fedcba987654321f"),
            ]))
        #expect(!instance.isRunning)
    }

    @Test("A member the lab relies on that is missing is a MalformedResponse naming its path and the request id")
    func missingMemberIsNamed() throws {
        let broken = Self.describeInstances.replacingOccurrences(of: "<instanceId>i-1234567890abcdef0</instanceId>", with: "")
        let transport = ScriptedTransport([ScriptedTransport.xml(broken, requestID: "req-broken")])
        let error = try #require(throws: AWSError.self) {
            try EC2Client(client: transport.client()).describeInstances(DescribeInstancesRequest())
        }
        #expect(error.kind == .malformedResponse && error.code == "MalformedResponse")
        #expect(error.service == "EC2" && error.operation == "DescribeInstances" && error.requestID == "req-broken")
        #expect(error.message.contains("DescribeInstancesResponse.reservationSet.item[0].instancesSet.item[0].instanceId is missing"), "\(error)")
    }

    @Test("A member of the wrong form is named with what it was", arguments: [
        ("<code>48</code>", "<code>forty-eight</code>", "instanceState.code is 'forty-eight', not a whole number"),
        ("<launchTime>2026-11-26T02:01:27.000Z</launchTime>", "<launchTime>yesterday</launchTime>", "launchTime is not a timestamp"),
        ("</DescribeInstancesResponse>", "", "the body is not well-formed XML"),
    ])
    func wrongFormIsNamed(_ original: String, _ replacement: String, _ expected: String) throws {
        let transport = ScriptedTransport([ScriptedTransport.xml(Self.describeInstances.replacingOccurrences(of: original, with: replacement))])
        let error = try #require(throws: AWSError.self) {
            try EC2Client(client: transport.client()).describeInstances(DescribeInstancesRequest())
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.message.contains(expected), "\(error)")
    }

    @Test("JSON epoch timestamps keep their milliseconds; absent optional members are nil")
    func jsonTimestamps() throws {
        let transport = ScriptedTransport([ScriptedTransport.json("""
            {"executionArn":"arn:aws:states:us-east-1:123456789012:execution:sm:e1","stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:sm",
             "name":"e1","status":"FAILED","startDate":1.764122404123E9,"stopDate":1764122999.5,"input":"{}","error":"ClusterFailed",
             "cause":"bookie-2 terminated","redriveCount":0,"inputDetails":{"included":true}}
            """)])
        let execution = try StepFunctionsClient(client: transport.client()).describeExecution(DescribeExecutionRequest(executionARN: "x"))
        #expect(execution.startDate == Timestamp(seconds: 1_764_122_404, nanoseconds: 123_000_000))
        #expect(execution.stopDate == Timestamp(seconds: 1_764_122_999, nanoseconds: 500_000_000))
        #expect(execution.error == "ClusterFailed" && execution.cause == "bookie-2 terminated")
        #expect(execution.output == nil && !execution.isRunning)
    }

    @Test("A JSON member of the wrong type is named with its path")
    func jsonWrongType() throws {
        let transport = ScriptedTransport([ScriptedTransport.json(#"{"events":[{"id":1,"type":"ExecutionStarted","timestamp":"2026-11-26"}]}"#)])
        let error = try #require(throws: AWSError.self) {
            try StepFunctionsClient(client: transport.client()).getExecutionHistory(GetExecutionHistoryRequest(executionARN: "x"))
        }
        #expect(error.message.contains("events[0].timestamp is a string, not a number of seconds"), "\(error)")
    }

    @Test("History events expose their details' error, cause and state name")
    func historyEventDetails() throws {
        let transport = ScriptedTransport([ScriptedTransport.json("""
            {"events":[
              {"id":7,"previousEventId":6,"type":"TaskStateEntered","timestamp":1764122404,"stateEnteredEventDetails":{"name":"ApplyInfra","input":"{}"}},
              {"id":9,"previousEventId":8,"type":"ExecutionFailed","timestamp":1764122405,"executionFailedEventDetails":{"error":"LaunchFailed","cause":"no capacity"}}
            ],"nextToken":""}
            """)])
        let page = try StepFunctionsClient(client: transport.client()).getExecutionHistory(GetExecutionHistoryRequest(executionARN: "x"))
        #expect(page.nextPageToken == nil, "an empty token is the end")
        #expect(page.items.map(\.stateName) == ["ApplyInfra", nil])
        #expect(page.items[1].error == "LaunchFailed" && page.items[1].cause == "no capacity")
        #expect(page.items[1].detailsName == "executionFailedEventDetails" && page.items[1].previousEventID == 8)
    }

    @Test("S3 listing keys in url encoding are decoded (+ is a space, %2B a plus); a truncated page without a token is refused")
    func s3ListingDecoding() throws {
        let listing = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>exp%2F</Prefix><KeyCount>2</KeyCount>
            <MaxKeys>2</MaxKeys><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
            <Contents><Key>exp/a+b%2Bc.json</Key><LastModified>2026-11-26T02:00:04.000Z</LastModified><ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>12</Size><StorageClass>STANDARD</StorageClass></Contents>
            <Contents><Key>exp/%C3%A9.json</Key><LastModified>2026-11-26T02:00:05.000Z</LastModified><ETag>&quot;x&quot;</ETag><Size>0</Size><StorageClass>STANDARD</StorageClass></Contents>
            <CommonPrefixes><Prefix>exp/sub+dir/</Prefix></CommonPrefixes>
            <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken></ListBucketResult>
            """
        let transport = ScriptedTransport([
            ScriptedTransport.xml(listing),
            ScriptedTransport.xml(listing.replacingOccurrences(of: "<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>", with: "")),
        ])
        let s3 = S3Client(client: transport.client())
        let page = try s3.listObjectsV2(ListObjectsV2Request(bucket: "b", prefix: "exp/", maxKeys: 2))
        #expect(page.objects.map(\.key) == ["exp/a b+c.json", "exp/é.json"])
        #expect(page.objects.first?.eTag == "\"9b2cf535f27731c974343645a3985328\"" && page.objects.first?.size == 12)
        #expect(page.objects.first?.lastModified == (try Timestamp(iso8601: "2026-11-26T02:00:04Z")))
        #expect(page.commonPrefixes == ["exp/sub dir/"])
        #expect(page.nextPageToken == "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")
        let error = try #require(throws: AWSError.self) { try s3.listObjectsV2(ListObjectsV2Request(bucket: "b")) }
        #expect(error.message.contains("NextContinuationToken is missing although IsTruncated is true"), "\(error)")
    }

    @Test("A service that repeats the page token it was sent stops the listing instead of looping")
    func repeatedPageTokenStops() throws {
        let page = #"{"ResourceTagMappingList":[{"ResourceARN":"arn:aws:ec2:us-east-1:1:instance/i-1","Tags":[]}],"PaginationToken":"same"}"#
        let transport = ScriptedTransport([ScriptedTransport.json(page), ScriptedTransport.json(page), ScriptedTransport.json(page)])
        let error = try #require(throws: AWSError.self) {
            try ResourceGroupsTaggingClient(client: transport.client()).getAllResources(GetResourcesRequest())
        }
        #expect(error.code == "RepeatedPageToken", "\(error)")
        #expect(transport.requests.count == 2, "the second page repeated the token: no third request")
    }

    @Test("Lambda Invoke reads status, function error, log tail and version from the response")
    func lambdaInvocation() throws {
        let transport = ScriptedTransport([HTTPResponse(
            status: 200,
            headers: ["X-Amz-Function-Error": "Unhandled", "X-Amz-Log-Result": Base64.encode("START RequestId: 1\nboom\n"), "X-Amz-Executed-Version": "$LATEST"],
            body: Array(#"{"errorType":"ClusterFailed","errorMessage":"bookie-2 terminated"}"#.utf8))])
        let result = try LambdaClient(client: transport.client()).invoke(InvokeRequest(functionName: "f", tailLog: true))
        #expect(result.statusCode == 200 && result.functionError == "Unhandled" && result.executedVersion == "$LATEST")
        #expect(try result.decodedLog() == "START RequestId: 1\nboom\n")
        #expect(String(decoding: result.payload, as: UTF8.self).contains("ClusterFailed"))
    }
}
