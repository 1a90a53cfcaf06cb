import AWSServices
import LabCore

/// The RunInstances request of one component: all its nodes in one call (MinCount = MaxCount), its stable
/// ClientToken, the user data that hands over to node-bootstrap, every resource tagged at creation, IMDSv2
/// only, the layout's volumes, and spot or a placement group when the spec asks.
///
/// The request is the same on every attempt for the same experiment (nothing in it depends on time or on
/// what already exists), which is what EC2's idempotency needs: a repeat with the same token and the same
/// parameters returns the first launch's reservation; different parameters would fail
/// `IdempotentParameterMismatch`.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
struct ComponentLaunch {
    var layout: ComponentLayout
    var imageID: String
    /// The AMI's root device (`/dev/xvda` on Amazon Linux 2023), resized to the layout's root volume.
    var rootDeviceName: String
    var subnet: SubnetChoice
    var securityGroupID: String?
    var instanceProfile: String?
    var placementGroup: String?
    var userData: NodeUserData
    var tags: ResourceTags

    /// The resource types tagged at creation: the instance and what RunInstances creates with it.
    var taggedResourceTypes: [LabCore.EC2ResourceType] {
        var types: [LabCore.EC2ResourceType] = [.instance, .volume, .networkInterface]
        if layout.spot { types.append(.spotInstancesRequest) }
        return types
    }

    var request: RunInstancesRequest {
        let volumes = layout.volumes.map { volume in
            EC2BlockDeviceMapping(
                deviceName: volume.deviceName ?? rootDeviceName,
                ebs: EC2EBSVolume(
                    volumeSize: volume.volume.sizeGiB, volumeType: volume.volumeType, iops: volume.volume.iops,
                    throughput: volume.volume.throughputMiBps, deleteOnTermination: volume.deleteOnTermination))
        }
        let placement = subnet.placementZone != nil || placementGroup != nil
            ? EC2Placement(availabilityZone: subnet.placementZone, groupName: placementGroup) : nil
        return RunInstancesRequest(
            imageID: imageID, instanceType: layout.instanceType, minCount: layout.count, maxCount: layout.count,
            clientToken: layout.clientToken.value, subnetID: subnet.subnetID,
            securityGroupIDs: securityGroupID.map { [$0] } ?? [],
            iamInstanceProfile: instanceProfile.map { $0.hasPrefix("arn:") ? .arn($0) : .name($0) },
            userData: userData.render(), blockDeviceMappings: volumes, placement: placement,
            spotOptions: layout.spot ? EC2SpotOptions() : nil,
            tagSpecifications: tags.ec2TagSpecifications(for: taggedResourceTypes), metadataOptions: .requireTokens)
    }
}
