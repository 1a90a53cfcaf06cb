import AWSCore
import AWSServices
import Foundation
import Testing

/// CopyImage and CreateTags against a real moto server (what `lab ami copy` sends): an image made in
/// us-east-1 is copied into eu-west-1 under its name, and tagged there.
@Suite("moto round trips: CopyImage and CreateTags", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoImageCopyRoundTripTests {
    let moto: MotoServer
    let source: EC2Client
    let fixtures: MotoFixtures

    init() throws {
        moto = try MotoServer.shared()
        let client = try moto.client()
        source = EC2Client(client: client)
        fixtures = MotoFixtures(client)
    }

    /// A client of the same server in another region (the copy's destination).
    func client(region: String) throws -> EC2Client {
        EC2Client(client: try AWSClient.fromEnvironment(AWSEnvironment(variables: [
            "AWS_ENDPOINT_URL": moto.endpoint, "AWS_REGION": region,
            "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
        ])))
    }

    @Test("CopyImage answers the new id, which eu-west-1 lists under the source's name; CreateTags tags it there")
    func copyThenTag() throws {
        let tag = MotoFixtures.uniqueName("copy")
        let reservation = try source.runInstances(RunInstancesRequest(
            imageID: try fixtures.someImageID(), instanceType: "t3.micro", minCount: 1, maxCount: 1, clientToken: tag))
        let instanceID = try #require(reservation.instances.first?.instanceID)
        let name = "pulsar-base-\(tag)"
        let sourceID = try fixtures.createImage(instanceID: instanceID, name: name)

        let destination = try client(region: "eu-west-1")
        let copyID = try destination.copyImage(CopyImageRequest(
            sourceImageID: sourceID, sourceRegion: "us-east-1", name: name, description: "copy of \(sourceID)",
            copyImageTags: true, clientToken: tag))
        #expect(copyID.hasPrefix("ami-") && copyID != sourceID, "\(copyID)")

        try destination.createTags(CreateTagsRequest(
            resourceIDs: [copyID], tags: [EC2Tag(key: "Project", value: "pulsar-aws-lab"), EC2Tag(key: "CopiedFrom", value: "us-east-1:\(sourceID)")]))
        let copies = try destination.describeAllImages(DescribeImagesRequest(imageIDs: [copyID]))
        #expect(copies.map(\.imageID) == [copyID])
        #expect(copies.first?.name == name, "\(copies)")
        #expect(copies.first?.tags == ["Project": "pulsar-aws-lab", "CopiedFrom": "us-east-1:\(sourceID)"], "\(copies)")
        // The source region does not know the copy.
        #expect(try source.describeAllImages(DescribeImagesRequest(owners: ["self"], filters: [EC2Filter(name: "image-id", values: [copyID])])).isEmpty)
        try destination.deregisterImage(DeregisterImageRequest(imageID: copyID))
        try source.deregisterImage(DeregisterImageRequest(imageID: sourceID))
        _ = try source.terminateInstances(TerminateInstancesRequest(instanceIDs: [instanceID]))
    }

    @Test("CopyImage of an unknown source fails with the service's decoded error")
    func copyOfUnknownImage() throws {
        let destination = try client(region: "eu-west-1")
        let error = try #require(throws: AWSError.self) {
            try destination.copyImage(CopyImageRequest(
                sourceImageID: "ami-0123456789abcdef0", sourceRegion: "us-east-1", name: "pulsar-base-missing",
                clientToken: MotoFixtures.uniqueName("missing")))
        }
        #expect(error.kind == .service, "\(error)")
        #expect(error.code.hasPrefix("InvalidAMIID"), "\(error)")
        #expect(error.operation == "CopyImage")
    }
}
