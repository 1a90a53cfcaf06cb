import AWSCore
import AWSServices
import LabCore

/// A pulsar-base image as the AMI manager shows it: what Packer named and tagged it (packer/pulsar-base.pkr.hcl:
/// `pulsar-base-<version>-<time>`, `Project`, `PulsarVersion`, `OMBCommit`) and the snapshots behind it.
struct LabImage {
    static let namePrefix = "pulsar-base-"
    static let pulsarVersionTag = "PulsarVersion"
    static let ombCommitTag = "OMBCommit"
    /// The emulated lab's stand-in image carries `Simulated=true` (docs/emulated-lab.md).
    static let simulatedTag = "Simulated"

    var image: EC2Image

    var id: String { image.imageID }
    var name: String { image.name ?? "" }
    var pulsarVersion: String? { image.tags[Self.pulsarVersionTag] }
    var state: String { image.state }
    var created: Timestamp? { image.creationDate }
    var isSimulated: Bool { image.tags[Self.simulatedTag] == "true" }
    /// The EBS snapshots of its block devices (what deregistering leaves behind).
    var snapshots: [EC2ImageBlockDevice] { image.blockDeviceMappings.filter { $0.snapshotID != nil } }
    var snapshotGiB: Int { snapshots.compactMap(\.volumeSize).reduce(0, +) }

    /// Listed as the lab's: named like Packer names it, or tagged `Project=pulsar-aws-lab`.
    static func isListed(_ image: EC2Image) -> Bool {
        (image.name ?? "").hasPrefix(namePrefix) || image.tags[TagKeys.project] == TagKeys.projectValue
    }

    /// Why `lab ami delete` must not touch this image, or nil when it may: only an image that is named
    /// `pulsar-base-*` AND tagged `Project=pulsar-aws-lab` is the lab's to delete.
    var deletionRefusal: String? {
        var reasons: [String] = []
        if !name.hasPrefix(Self.namePrefix) { reasons.append("its name \(name.isEmpty ? "(none)" : name) is not \(Self.namePrefix)*") }
        if image.tags[TagKeys.project] != TagKeys.projectValue { reasons.append("it is not tagged \(TagKeys.project)=\(TagKeys.projectValue)") }
        return reasons.isEmpty ? nil : reasons.joined(separator: " and ")
    }

    /// Newest first by creation date (undated last); the id breaks ties so the order is stable.
    static func newestFirst(_ lhs: LabImage, _ rhs: LabImage) -> Bool {
        switch (lhs.created, rhs.created) {
        case let (left?, right?) where left != right: return left > right
        case (_?, nil): return true
        case (nil, _?): return false
        default: return lhs.id < rhs.id
        }
    }
}
