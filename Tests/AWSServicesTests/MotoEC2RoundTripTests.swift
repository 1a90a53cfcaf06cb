import AWSCore
import AWSServices
import Foundation
import Testing

/// EC2 calls against a real moto server (check 2 of issue 3): every EC2 operation moto implements is sent
/// for real and its answer decoded. (moto 5.2.5 has no placement groups: see MotoGapTests.)
@Suite("moto round trips: EC2", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoEC2RoundTripTests {
    let moto: MotoServer
    let ec2: EC2Client
    let fixtures: MotoFixtures

    init() throws {
        moto = try MotoServer.shared()
        let client = try moto.client()
        ec2 = EC2Client(client: client)
        fixtures = MotoFixtures(client)
    }

    @Test("DescribeImages of an unknown id fails with InvalidAMIID.NotFound, its request id and status")
    func unknownImageIsADecodedError() throws {
        let error = try #require(throws: AWSError.self) {
            try ec2.describeImages(DescribeImagesRequest(imageIDs: ["ami-12345678"]))
        }
        #expect(error.kind == .service)
        #expect(error.code == "InvalidAMIID.NotFound", "\(error)")
        #expect(error.service == "EC2" && error.operation == "DescribeImages")
        #expect(error.httpStatus == 400)
        #expect(error.message.contains("ami-12345678"), "\(error)")
        let requestID = try #require(error.requestID, "the request id is missing: \(error)")
        #expect(!requestID.isEmpty)
        #expect("\(error)".contains("request id \(requestID)"))
    }

    @Test("DescribeImages by owner and name filter decodes ids, names, states, dates and devices; all pages agree")
    func describeImagesByFilter() throws {
        let request = DescribeImagesRequest(owners: ["amazon"], filters: [EC2Filter(name: "name", values: ["amzn2-ami-*"])])
        let page = try ec2.describeImages(request)
        #expect(!page.items.isEmpty, "moto ships Amazon Linux 2 images; log:\n\(moto.logTail())")
        for image in page.items {
            #expect(image.imageID.hasPrefix("ami-"))
            #expect(image.name?.hasPrefix("amzn2-ami-") == true, "\(image)")
            #expect(image.state == "available")
            #expect(image.creationDate != nil, "\(image.imageID) has no creation date")
        }
        #expect(try ec2.describeAllImages(request).map(\.imageID).sorted() == page.items.map(\.imageID).sorted())
    }

    @Test("RunInstances with every option the stages use launches tagged spot instances with the volumes asked for")
    func runInstancesWithEveryOption() throws {
        let tag = MotoFixtures.uniqueName("run")
        let network = try fixtures.defaultNetwork()
        let profileARN = try fixtures.createInstanceProfile(MotoFixtures.uniqueName("profile"))
        let tags = [EC2Tag(key: "RoundTrip", value: tag), EC2Tag(key: "Component", value: "bookkeeper")]
        let reservation = try ec2.runInstances(RunInstancesRequest(
            imageID: try fixtures.someImageID(), instanceType: "m5.large", minCount: 2, maxCount: 2,
            clientToken: "\(tag)-bookkeeper", subnetID: network.subnetID, securityGroupIDs: [network.securityGroupID],
            iamInstanceProfile: .arn(profileARN), userData: "#!/bin/bash\necho ready\n",
            blockDeviceMappings: [EC2BlockDeviceMapping(
                deviceName: "/dev/sdf",
                ebs: EC2EBSVolume(volumeSize: 20, volumeType: "gp3", iops: 3000, throughput: 125, deleteOnTermination: true, encrypted: true))],
            placement: EC2Placement(availabilityZone: network.availabilityZone), spotOptions: EC2SpotOptions(),
            tagSpecifications: [EC2TagSpecification(resourceType: .instance, tags: tags), EC2TagSpecification(resourceType: .volume, tags: tags)],
            metadataOptions: .requireTokens))
        #expect(reservation.reservationID.hasPrefix("r-"))
        #expect(reservation.instances.count == 2)

        let described = try ec2.describeAllInstances(DescribeInstancesRequest(instanceIDs: reservation.instances.map(\.instanceID)))
        #expect(Set(described.map(\.instanceID)) == Set(reservation.instances.map(\.instanceID)))
        for instance in described {
            #expect(instance.reservationID == reservation.reservationID)
            #expect(instance.instanceType == "m5.large")
            #expect(instance.isRunning, "moto starts instances running: \(instance.state)")
            #expect(instance.state.code == 16)
            #expect(instance.tags == ["RoundTrip": tag, "Component": "bookkeeper"])
            #expect(instance.subnetID == network.subnetID)
            #expect(instance.availabilityZone == network.availabilityZone)
            #expect(instance.instanceLifecycle == "spot")
            #expect(instance.clientToken == "\(tag)-bookkeeper")
            #expect(instance.privateIPAddress != nil)
            #expect(instance.launchTime != nil)
            #expect(instance.blockDevices.contains { $0.deviceName == "/dev/sdf" && $0.volumeID?.hasPrefix("vol-") == true }, "\(instance.blockDevices)")
        }

        let volumes = try ec2.describeAllVolumes(DescribeVolumesRequest(filters: [.tag("RoundTrip", tag)]))
        #expect(volumes.count == 2, "one tagged /dev/sdf volume per instance: \(volumes)")
        for volume in volumes {
            #expect(volume.size == 20 && volume.volumeType == "gp3" && volume.iops == 3000 && volume.encrypted == true, "\(volume)")
            #expect(volume.tags["Component"] == "bookkeeper")
            #expect(volume.attachments.first?.device == "/dev/sdf")
            #expect(volume.createTime != nil)
        }

        let changes = try ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: described.map(\.instanceID)))
        #expect(changes.count == 2)
        for change in changes {
            #expect(change.previousState.name == "running")
            #expect(["shutting-down", "terminated"].contains(change.currentState.name), "\(change)")
        }
    }

    @Test("DescribeInstances pages by 5 over 12 tagged instances: 3 pages, each instance once")
    func describeInstancesPaginates() throws {
        let tag = MotoFixtures.uniqueName("pages")
        let imageID = try fixtures.someImageID()
        var launched: [String] = []
        // One reservation per instance: moto pages by reservation.
        for index in 0..<12 {
            let reservation = try ec2.runInstances(RunInstancesRequest(
                imageID: imageID, instanceType: "t3.micro", minCount: 1, maxCount: 1, clientToken: "\(tag)-\(index)",
                tagSpecifications: [EC2TagSpecification(resourceType: .instance, tags: [EC2Tag(key: "RoundTrip", value: tag)])]))
            launched += reservation.instances.map(\.instanceID)
        }
        var request = DescribeInstancesRequest(filters: [.tag("RoundTrip", tag)], maxResults: 5)
        var pageSizes: [Int] = []
        var seen: [String] = []
        repeat {
            let page = try ec2.describeInstances(request)
            pageSizes.append(page.items.count)
            seen += page.items.map(\.instanceID)
            request.pageToken = page.nextPageToken
        } while request.pageToken != nil && pageSizes.count < 10
        #expect(pageSizes == [5, 5, 2])
        #expect(seen.sorted() == launched.sorted())
        #expect(try ec2.describeAllInstances(DescribeInstancesRequest(filters: [.tag("RoundTrip", tag)], maxResults: 5)).map(\.instanceID).sorted() == launched.sorted())
        _ = try ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: launched))
    }

    @Test("Snapshots: described by owner and tag with their volume, deleted, then unknown")
    func snapshots() throws {
        let tag = MotoFixtures.uniqueName("snap")
        let network = try fixtures.defaultNetwork()
        let volumeID = try fixtures.createVolume(availabilityZone: network.availabilityZone, tag: tag)
        let snapshotID = try fixtures.createSnapshot(volumeID: volumeID, tag: tag)
        let found = try ec2.describeAllSnapshots(DescribeSnapshotsRequest(ownerIDs: ["self"], filters: [.tag("RoundTrip", tag)]))
        #expect(found.map(\.snapshotID) == [snapshotID])
        let snapshot = try #require(found.first)
        #expect(snapshot.volumeID == volumeID)
        #expect(snapshot.volumeSize == 8)
        #expect(snapshot.description == "round trip \(tag)")
        #expect(snapshot.startTime != nil)
        #expect(snapshot.tags == ["RoundTrip": tag])

        try ec2.deleteSnapshot(DeleteSnapshotRequest(snapshotID: snapshotID))
        let error = try #require(throws: AWSError.self) {
            try ec2.describeSnapshots(DescribeSnapshotsRequest(snapshotIDs: [snapshotID]))
        }
        #expect(error.code == "InvalidSnapshot.NotFound", "\(error)")
        try ec2.deleteVolume(DeleteVolumeRequest(volumeID: volumeID))
    }

    @Test("DeregisterImage removes an image made from an instance")
    func deregisterImage() throws {
        let tag = MotoFixtures.uniqueName("ami")
        let reservation = try ec2.runInstances(RunInstancesRequest(
            imageID: try fixtures.someImageID(), instanceType: "t3.micro", minCount: 1, maxCount: 1, clientToken: tag))
        let instanceID = try #require(reservation.instances.first?.instanceID)
        let imageID = try fixtures.createImage(instanceID: instanceID, name: "pulsar-base-\(tag)")
        let images = try ec2.describeImages(DescribeImagesRequest(owners: ["self"], filters: [EC2Filter(name: "name", values: ["pulsar-base-\(tag)"])]))
        #expect(images.items.map(\.imageID) == [imageID])
        #expect(images.items.first?.blockDeviceMappings.contains { $0.snapshotID?.hasPrefix("snap-") == true } == true,
                "an EBS-backed image lists its snapshots: \(images.items)")

        try ec2.deregisterImage(DeregisterImageRequest(imageID: imageID))
        let after = try ec2.describeImages(DescribeImagesRequest(owners: ["self"], filters: [EC2Filter(name: "name", values: ["pulsar-base-\(tag)"])]))
        #expect(after.items.isEmpty, "\(after.items)")
        _ = try ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: [instanceID]))
    }

    @Test("Volumes: an available volume is listed by tag with its state and deleted")
    func volumes() throws {
        let tag = MotoFixtures.uniqueName("vol")
        let network = try fixtures.defaultNetwork()
        let volumeID = try fixtures.createVolume(availabilityZone: network.availabilityZone, tag: tag)
        let page = try ec2.describeVolumes(DescribeVolumesRequest(filters: [.tag("RoundTrip", tag), EC2Filter(name: "status", values: ["available"])], maxResults: 5))
        #expect(page.items.map(\.volumeID) == [volumeID])
        #expect(page.items.first?.state == "available")
        #expect(page.items.first?.availabilityZone == network.availabilityZone)
        try ec2.deleteVolume(DeleteVolumeRequest(volumeID: volumeID))
        #expect(try ec2.describeAllVolumes(DescribeVolumesRequest(filters: [.tag("RoundTrip", tag)])).isEmpty)
    }

    @Test("Network interfaces: a detached interface is listed by tag and deleted")
    func networkInterfaces() throws {
        let tag = MotoFixtures.uniqueName("eni")
        let network = try fixtures.defaultNetwork()
        let interfaceID = try fixtures.createNetworkInterface(subnetID: network.subnetID, tag: tag)
        let found = try ec2.describeAllNetworkInterfaces(DescribeNetworkInterfacesRequest(filters: [.tag("RoundTrip", tag)]))
        #expect(found.map(\.networkInterfaceID) == [interfaceID])
        #expect(found.first?.status == "available")
        #expect(found.first?.subnetID == network.subnetID)
        #expect(found.first?.attachedInstanceID == nil)
        #expect(found.first?.tags == ["RoundTrip": tag])
        try ec2.deleteNetworkInterface(DeleteNetworkInterfaceRequest(networkInterfaceID: interfaceID))
        let error = try #require(throws: AWSError.self) {
            try ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest(networkInterfaceIDs: [interfaceID]))
        }
        #expect(error.code == "InvalidNetworkInterfaceID.NotFound", "\(error)")
    }

    @Test("Spot requests: described by id with state, then cancelled")
    func spotInstanceRequests() throws {
        let requestIDs = try fixtures.requestSpotInstances(imageID: try fixtures.someImageID(), count: 2)
        #expect(requestIDs.count == 2)
        let described = try ec2.describeAllSpotInstanceRequests(DescribeSpotInstanceRequestsRequest(spotInstanceRequestIDs: requestIDs))
        #expect(Set(described.map(\.spotInstanceRequestID)) == Set(requestIDs))
        for request in described { #expect(["open", "active"].contains(request.state), "\(request)") }

        let cancelled = try ec2.cancelSpotInstanceRequests(CancelSpotInstanceRequestsRequest(spotInstanceRequestIDs: requestIDs))
        #expect(Set(cancelled.map(\.spotInstanceRequestID)) == Set(requestIDs))
        #expect(cancelled.allSatisfy { $0.state == "cancelled" }, "\(cancelled)")
    }
}
