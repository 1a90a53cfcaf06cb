import AWSCore
import AWSServices
import Foundation
import Testing
@testable import lab

@Suite("lab ami: which images are the lab's, their order, copy tags, validation tags")
struct LabImageTests {
    static func image(
        _ id: String, name: String?, tags: [String: String], created: String?, architecture: String? = "x86_64"
    ) throws -> LabImage {
        LabImage(image: EC2Image(
            imageID: id, name: name, state: "available", creationDate: try created.map { try Timestamp(iso8601: $0) },
            architecture: architecture, tags: tags,
            blockDeviceMappings: [EC2ImageBlockDevice(deviceName: "/dev/xvda", snapshotID: "snap-0\(id.suffix(3))", volumeSize: 16)]))
    }

    static let lab = ["Project": "pulsar-aws-lab", "PulsarVersion": "4.0.4"]

    @Test("Listed by name or Project tag; deleted only with both")
    func listedAndDeletable() throws {
        let both = try Self.image("ami-00000001", name: "pulsar-base-4.0.4-20261126000000", tags: Self.lab, created: nil)
        let nameOnly = try Self.image("ami-00000002", name: "pulsar-base-3.3.2-20261001000000", tags: [:], created: nil)
        let tagOnly = try Self.image("ami-00000003", name: "my-golden-image", tags: ["Project": "pulsar-aws-lab"], created: nil)
        let foreign = try Self.image("ami-00000004", name: "ubuntu-noble", tags: ["Project": "other"], created: nil)
        #expect([both, nameOnly, tagOnly, foreign].map { LabImage.isListed($0.image) } == [true, true, true, false])
        #expect(both.deletionRefusal == nil)
        #expect(nameOnly.deletionRefusal == "it is not tagged Project=pulsar-aws-lab")
        #expect(tagOnly.deletionRefusal == "its name my-golden-image is not pulsar-base-*")
        #expect(foreign.deletionRefusal == "its name ubuntu-noble is not pulsar-base-* and it is not tagged Project=pulsar-aws-lab")
    }

    @Test("Newest first; undated last; the id breaks ties")
    func newestFirst() throws {
        let images = [
            try Self.image("ami-0000000a", name: "pulsar-base-a", tags: Self.lab, created: "2026-11-20T00:00:00Z"),
            try Self.image("ami-0000000b", name: "pulsar-base-b", tags: Self.lab, created: nil),
            try Self.image("ami-0000000c", name: "pulsar-base-c", tags: Self.lab, created: "2026-11-26T00:00:00Z"),
            try Self.image("ami-0000000d", name: "pulsar-base-d", tags: Self.lab, created: "2026-11-20T00:00:00Z"),
        ]
        #expect(images.sorted(by: LabImage.newestFirst).map(\.id) == ["ami-0000000c", "ami-0000000a", "ami-0000000d", "ami-0000000b"])
    }

    @Test("The table: one row per image with version, created, age and snapshot size; the stand-in says simulated")
    func table() throws {
        let now = try Timestamp(iso8601: "2026-11-27T12:00:00Z")
        let images = [
            try Self.image("ami-0000000c", name: "pulsar-base-4.0.4-x", tags: Self.lab.merging(["Simulated": "true"]) { $1 }, created: "2026-11-27T11:58:00Z"),
            try Self.image("ami-0000000a", name: "pulsar-base-3.3.2-y", tags: ["Project": "pulsar-aws-lab", "PulsarVersion": "3.3.2"], created: "2026-11-24T09:00:00Z"),
        ]
        let lines = AMIListing.table(images, now: now).split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines[0].hasPrefix("IMAGE         NAME                 PULSAR  STATE      CREATED               AGE    SNAPSHOTS"), "\(lines[0])")
        #expect(lines[1] == "ami-0000000c  pulsar-base-4.0.4-x  4.0.4   available  2026-11-27 11:58 UTC  2 min  16 GiB  simulated")
        #expect(lines[2] == "ami-0000000a  pulsar-base-3.3.2-y  3.3.2   available  2026-11-24 09:00 UTC  3 d    16 GiB")
    }

    @Test("A copy keeps the source's tags but AWS's own, and says where it came from")
    func copyTags() throws {
        let source = try Self.image("ami-0123456789abcdef0", name: "pulsar-base-4.0.4-x", tags: Self.lab.merging(["aws:cloudformation:stack-name": "s"]) { $1 }, created: nil)
        let tags = AMICopyCommand.tags(of: source, sourceRegion: "us-east-1")
        #expect(tags == [
            EC2Tag(key: "CopiedFrom", value: "us-east-1:ami-0123456789abcdef0"), EC2Tag(key: "Project", value: "pulsar-aws-lab"),
            EC2Tag(key: "PulsarVersion", value: "4.0.4"),
        ])
    }

    @Test("The test instance is tagged for the janitor (Project, ExperimentID, ExpiresAt = launch + timeout + 15 min) and boots a client")
    func validationTagsAndUserData() throws {
        let environment = AWSEnvironment(variables: ["AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret"])
        let configuration = LabConfiguration(
            region: "us-east-1", stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:pulsar-aws-lab-experiment",
            resultsBucket: "pulsar-aws-lab-results-123456789012", experimentsTable: "pulsar-aws-lab-experiments", source: "test",
            network: LabNetwork(defaultSubnetID: "subnet-1", securityGroupID: "sg-1", nodeInstanceProfile: "pulsar-aws-lab-node"))
        let image = try Self.image("ami-0000000a", name: "pulsar-base-4.0.4-x", tags: Self.lab, created: nil, architecture: "arm64")
        let runID = ImageValidation.newRunID()
        #expect(runID.count == "ami-validate-".count + 8 && runID.hasPrefix("ami-validate-"), "\(runID)")
        let validation = ImageValidation(
            session: try LabSession(configuration: configuration, environment: environment), image: image,
            instanceType: ImageValidation.defaultInstanceType(for: image), timeoutSeconds: 900, runID: runID)
        #expect(validation.instanceType == "t4g.small")
        let tags = Dictionary(uniqueKeysWithValues: validation.tags(launchedAt: try Timestamp(iso8601: "2026-11-27T12:00:00Z")).map { ($0.key, $0.value) })
        #expect(tags == [
            "Project": "pulsar-aws-lab", "ManagedBy": "pulsar-aws-lab", "ExperimentID": runID, "Component": "client", "Name": runID,
            "ExpiresAt": "2026-11-27T12:30:00Z", "Purpose": "ami-validation", "ValidatedImage": "ami-0000000a",
        ])
        let userData = try validation.userData()
        #expect(userData.contains("exec '/opt/pulsar-lab/bin/node-bootstrap' --role 'client' --experiment-id '\(runID)' --region 'us-east-1' --bucket 'pulsar-aws-lab-results-123456789012' --cluster-name 'ami-validation'"), "\(userData)")
        let network = try validation.requireNetwork()
        #expect(network == ("subnet-1", "sg-1", "pulsar-aws-lab-node"))
        let request = try validation.runInstancesRequest(network: network, launchedAt: try Timestamp(iso8601: "2026-11-27T12:00:00Z"))
        #expect(request.imageID == "ami-0000000a" && request.instanceType == "t4g.small" && request.minCount == 1 && request.maxCount == 1)
        #expect(request.clientToken == runID)
        #expect(request.subnetID == "subnet-1" && request.securityGroupIDs == ["sg-1"])
        #expect(request.iamInstanceProfile == .name("pulsar-aws-lab-node"))
        #expect(request.metadataOptions == .requireTokens)
        #expect(request.userData == userData)
        #expect(request.tagSpecifications.map(\.resourceType.rawValue) == ["instance", "volume"])
        #expect(request.tagSpecifications.allSatisfy { Dictionary(uniqueKeysWithValues: $0.tags.map { ($0.key, $0.value) }) == tags })
    }
}
