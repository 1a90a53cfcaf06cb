import AWSServices
import LabCore

extension EC2TagSpecification {
    /// LabCore's tag specification (the lab's tags and the user's, for one resource type) as the EC2
    /// client sends it.
    init(_ specification: TagSpecification) {
        self.init(
            resourceType: AWSServices.EC2ResourceType(rawValue: specification.resourceType.rawValue),
            tags: specification.tags.map { EC2Tag(key: $0.key, value: $0.value) })
    }
}

extension ResourceTags {
    /// One EC2 tag specification per resource type, each with every tag.
    func ec2TagSpecifications(for resourceTypes: [LabCore.EC2ResourceType]) -> [EC2TagSpecification] {
        tagSpecifications(for: resourceTypes).map(EC2TagSpecification.init)
    }
}
