import AWSCore
import AWSServices
import Foundation
import JSONCoding

/// What the round trips need that our clients deliberately do not offer (they hold only the calls the lab
/// makes): buckets, tables, state machines, functions, IAM profiles, volumes, snapshots. Sent as raw AWSCore
/// operations to the moto server.
struct MotoFixtures {
    let client: AWSClient

    init(_ client: AWSClient) {
        self.client = client
    }

    /// A name no other test (or earlier run against the same server) uses.
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    // MARK: EC2

    @discardableResult
    func ec2(_ action: String, _ build: (inout QueryParameters) -> Void = { _ in }) throws -> XMLElement {
        var parameters = QueryParameters(action: action, version: AWSService.ec2.apiVersion)
        build(&parameters)
        return try client.sendXML(.query(.ec2, parameters, idempotency: .idempotent))
    }

    /// The default VPC's first subnet and its Availability Zone, and the default security group; looked up
    /// once per test process (moto answers the same every time).
    func defaultNetwork() throws -> (subnetID: String, availabilityZone: String, securityGroupID: String) {
        try MotoFixtures.network.get()
    }

    private static let network = Result { () throws -> (subnetID: String, availabilityZone: String, securityGroupID: String) in
        let fixtures = MotoFixtures(try MotoServer.shared().client())
        let subnets = try fixtures.ec2("DescribeSubnets") { $0.set("Filter.1.Name", "default-for-az"); $0.set("Filter.1.Value.1", "true") }
        let subnet = try TestSetupError.require(subnets.child("subnetSet")?.children("item").first, "moto has no default subnet")
        let groups = try fixtures.ec2("DescribeSecurityGroups") { $0.set("Filter.1.Name", "group-name"); $0.set("Filter.1.Value.1", "default") }
        let group = try TestSetupError.require(groups.child("securityGroupInfo")?.children("item").first, "moto has no default security group")
        return (
            try TestSetupError.require(subnet.text(of: "subnetId"), "subnet without id"),
            try TestSetupError.require(subnet.text(of: "availabilityZone"), "subnet without zone"),
            try TestSetupError.require(group.text(of: "groupId"), "security group without id"))
    }

    /// The id of an image moto ships (RunInstances needs one that exists); looked up once, because listing
    /// moto's ~1,300 Amazon images takes it a second each time.
    func someImageID() throws -> String {
        try MotoFixtures.imageID.get()
    }

    private static let imageID = Result { () throws -> String in
        let ec2 = EC2Client(client: try MotoServer.shared().client())
        let page = try ec2.describeImages(DescribeImagesRequest(owners: ["amazon"], filters: [EC2Filter(name: "name", values: ["amzn2-ami-*"])]))
        return try TestSetupError.require(page.items.first?.imageID, "moto lists no Amazon Linux 2 images")
    }

    func createVolume(availabilityZone: String, tag: String) throws -> String {
        let answer = try ec2("CreateVolume") { parameters in
            parameters.set("AvailabilityZone", availabilityZone)
            parameters.set("Size", 8)
            parameters.set("TagSpecification.1.ResourceType", "volume")
            parameters.set("TagSpecification.1.Tag.1.Key", "RoundTrip")
            parameters.set("TagSpecification.1.Tag.1.Value", tag)
        }
        return try TestSetupError.require(answer.text(of: "volumeId"), "CreateVolume answered no volumeId")
    }

    func createSnapshot(volumeID: String, tag: String) throws -> String {
        let answer = try ec2("CreateSnapshot") { parameters in
            parameters.set("VolumeId", volumeID)
            parameters.set("Description", "round trip \(tag)")
            parameters.set("TagSpecification.1.ResourceType", "snapshot")
            parameters.set("TagSpecification.1.Tag.1.Key", "RoundTrip")
            parameters.set("TagSpecification.1.Tag.1.Value", tag)
        }
        return try TestSetupError.require(answer.text(of: "snapshotId"), "CreateSnapshot answered no snapshotId")
    }

    func createImage(instanceID: String, name: String) throws -> String {
        let answer = try ec2("CreateImage") { $0.set("InstanceId", instanceID); $0.set("Name", name) }
        return try TestSetupError.require(answer.text(of: "imageId"), "CreateImage answered no imageId")
    }

    func createNetworkInterface(subnetID: String, tag: String) throws -> String {
        let answer = try ec2("CreateNetworkInterface") { parameters in
            parameters.set("SubnetId", subnetID)
            parameters.set("TagSpecification.1.ResourceType", "network-interface")
            parameters.set("TagSpecification.1.Tag.1.Key", "RoundTrip")
            parameters.set("TagSpecification.1.Tag.1.Value", tag)
        }
        return try TestSetupError.require(answer.element(at: "networkInterface")?.text(of: "networkInterfaceId"), "no networkInterfaceId")
    }

    func requestSpotInstances(imageID: String, count: Int) throws -> [String] {
        let answer = try ec2("RequestSpotInstances") { parameters in
            parameters.set("InstanceCount", count)
            parameters.set("SpotPrice", "0.10")
            parameters.set("LaunchSpecification.ImageId", imageID)
            parameters.set("LaunchSpecification.InstanceType", "m5.large")
        }
        return answer.child("spotInstanceRequestSet")?.children("item").compactMap { $0.text(of: "spotInstanceRequestId") } ?? []
    }

    // MARK: IAM

    @discardableResult
    func iam(_ action: String, _ build: (inout QueryParameters) -> Void) throws -> XMLElement {
        var parameters = QueryParameters(action: action, version: AWSService.iam.apiVersion, listStyle: .member)
        build(&parameters)
        return try client.sendXML(.query(.iam, parameters, idempotency: .idempotent))
    }

    func createInstanceProfile(_ name: String) throws -> String {
        let answer = try iam("CreateInstanceProfile") { $0.set("InstanceProfileName", name) }
        return try TestSetupError.require(answer.element(at: "CreateInstanceProfileResult", "InstanceProfile")?.text(of: "Arn"), "no profile ARN")
    }

    func createRole(_ name: String, trustedService: String) throws -> String {
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"\#(trustedService)"},"Action":"sts:AssumeRole"}]}"#
        let answer = try iam("CreateRole") { $0.set("RoleName", name); $0.set("AssumeRolePolicyDocument", policy) }
        return try TestSetupError.require(answer.element(at: "CreateRoleResult", "Role")?.text(of: "Arn"), "no role ARN")
    }

    // MARK: S3, DynamoDB, Step Functions, Lambda

    func createBucket(_ name: String) throws {
        _ = try client.send(AWSOperation(service: .s3, name: "CreateBucket", method: .put, bucket: name, idempotency: .idempotent))
    }

    @discardableResult
    func json(_ service: AWSService, _ operation: String, _ body: JSONValue) throws -> JSONValue {
        try client.sendJSON(.json(service, operation, body: JSON.serialize(body), idempotency: .idempotent))
    }

    /// A table keyed by `pk` (hash) and `sk` (range), both strings.
    func createTable(_ name: String) throws {
        try json(.dynamoDB, "CreateTable", [
            "TableName": .string(name), "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [["AttributeName": "pk", "AttributeType": "S"], ["AttributeName": "sk", "AttributeType": "S"]],
            "KeySchema": [["AttributeName": "pk", "KeyType": "HASH"], ["AttributeName": "sk", "KeyType": "RANGE"]],
        ])
    }

    /// A one-Pass-state machine.
    func createStateMachine(_ name: String) throws -> String {
        let answer = try json(.stepFunctions, "CreateStateMachine", [
            "name": .string(name), "roleArn": "arn:aws:iam::123456789012:role/round-trip-states",
            "definition": #"{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}"#,
        ])
        return try TestSetupError.require(answer["stateMachineArn"]?.stringValue, "CreateStateMachine answered no ARN")
    }

    /// A stored zip holding an executable `bootstrap` (`#!/bin/sh`), made with Python's zipfile.
    static let bootstrapZipBase64 =
        "UEsDBBQAAAAAAAAAIVgdnfsECgAAAAoAAAAJAAAAYm9vdHN0cmFwIyEvYmluL3NoClBLAQIUAxQAAAAAAAAAIVgdnfsECgAAAAoAAAAJAAAAAAAAAAAAAADtAQAAAABib290c3RyYXBQSwUGAAAAAAEAAQA3AAAAMQAAAAAA"

    func createFunction(_ name: String, roleARN: String) throws {
        let body: JSONValue = [
            "FunctionName": .string(name), "Runtime": "provided.al2023", "Role": .string(roleARN), "Handler": "bootstrap",
            "Code": ["ZipFile": .string(Self.bootstrapZipBase64)],
        ]
        _ = try client.send(.rest(
            .lambda, "CreateFunction", method: .post, segments: ["2015-03-31", "functions"],
            headers: ["Content-Type": "application/json"], body: JSON.serialize(body), idempotency: .idempotent))
    }
}
