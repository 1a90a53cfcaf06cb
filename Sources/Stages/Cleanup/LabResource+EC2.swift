import AWSServices
import LabCore

/// Reading EC2's shapes as `LabResource`s; nil for anything without the lab's tags.
extension LabResource {
    init?(instance: EC2Instance) {
        guard LabResource.isLabOwned(instance.tags), let experimentID = instance.tags[TagKeys.experimentID] else { return nil }
        self.init(
            kind: .instance, id: instance.instanceID, experimentID: experimentID, state: instance.state.name,
            tags: instance.tags, createdAt: instance.launchTime)
    }

    init?(spotRequest: EC2SpotInstanceRequest) {
        guard LabResource.isLabOwned(spotRequest.tags), let experimentID = spotRequest.tags[TagKeys.experimentID] else { return nil }
        self.init(
            kind: .spotInstanceRequest, id: spotRequest.spotInstanceRequestID, experimentID: experimentID,
            state: spotRequest.state, tags: spotRequest.tags, instanceIDs: spotRequest.instanceID.map { [$0] } ?? [],
            createdAt: spotRequest.createTime)
    }

    init?(volume: EC2Volume) {
        guard LabResource.isLabOwned(volume.tags), let experimentID = volume.tags[TagKeys.experimentID] else { return nil }
        self.init(
            kind: .volume, id: volume.volumeID, experimentID: experimentID, state: volume.state, tags: volume.tags,
            instanceIDs: volume.attachments.compactMap(\.instanceID), createdAt: volume.createTime)
    }

    init?(networkInterface: EC2NetworkInterface) {
        guard LabResource.isLabOwned(networkInterface.tags), let experimentID = networkInterface.tags[TagKeys.experimentID] else {
            return nil
        }
        self.init(
            kind: .networkInterface, id: networkInterface.networkInterfaceID, experimentID: experimentID,
            state: networkInterface.status, tags: networkInterface.tags,
            instanceIDs: networkInterface.attachedInstanceID.map { [$0] } ?? [])
    }

    init?(placementGroup: EC2PlacementGroup) {
        guard LabResource.isLabOwned(placementGroup.tags), let experimentID = placementGroup.tags[TagKeys.experimentID] else {
            return nil
        }
        // Deleted by name: DeletePlacementGroup takes GroupName.
        self.init(
            kind: .placementGroup, id: placementGroup.groupName, experimentID: experimentID,
            state: placementGroup.state ?? "available", tags: placementGroup.tags)
    }

    init?(securityGroup: EC2SecurityGroup) {
        guard LabResource.isLabOwned(securityGroup.tags), let experimentID = securityGroup.tags[TagKeys.experimentID] else {
            return nil
        }
        self.init(kind: .securityGroup, id: securityGroup.groupID, experimentID: experimentID, state: "", tags: securityGroup.tags)
    }
}
