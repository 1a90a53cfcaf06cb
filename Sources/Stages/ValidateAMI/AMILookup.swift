import AWSServices
import LabCore

/// Finds the cluster's AMI: the newest `available` image matching the spec's name pattern (and its
/// `PulsarVersion` tag when the spec asks for a version), owned by the lab's AMI owners.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html
struct AMILookup {
    /// The tag Packer puts on pulsar-base images (packer/pulsar-base.pkr.hcl).
    static let pulsarVersionTag = "PulsarVersion"

    var ec2: EC2Client
    var owners: [String]

    func request(for spec: ExperimentSpec) -> DescribeImagesRequest {
        var filters = [EC2Filter(name: "name", values: [spec.amiNamePattern]), EC2Filter(name: "state", values: ["available"])]
        if let version = spec.pulsarVersion {
            filters.append(.tag(Self.pulsarVersionTag, version))
        }
        return DescribeImagesRequest(owners: owners, filters: filters)
    }

    /// The newest matching image, or nil. Throws `AWSError`.
    func newestImage(for spec: ExperimentSpec) throws -> EC2Image? {
        Self.newest(try ec2.describeAllImages(request(for: spec)))
    }

    /// The newest available image by creation date (the image id breaks ties, so the choice is stable).
    static func newest(_ images: [EC2Image]) -> EC2Image? {
        images.filter { $0.state == "available" }.max { lhs, rhs in
            switch (lhs.creationDate, rhs.creationDate) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.imageID < rhs.imageID
            }
        }
    }

    /// What `AmiNotFound` says: what was searched, and how to build a matching image with Packer.
    static func notFoundMessage(spec: ExperimentSpec, region: String, owners: [String]) -> String {
        var searched = "no available AMI named \(spec.amiNamePattern)"
        if let version = spec.pulsarVersion { searched += " with tag \(pulsarVersionTag)=\(version)" }
        searched += " owned by \(owners.joined(separator: ", ")) in \(region)"
        var build = "packer init packer/ && packer build -var region=\(region)"
        if let version = spec.pulsarVersion { build += " -var pulsar_version=\(version)" }
        build += " packer/pulsar-base.pkr.hcl"
        var advice = "build one with `\(build)` (it registers pulsar-base-<version>-<time>, tagged \(pulsarVersionTag))"
        if spec.amiNamePattern != ExperimentSpec.defaultAMINamePattern {
            advice += ", or set amiNamePattern to match an existing image (Packer's images are named \(ExperimentSpec.defaultAMINamePattern))"
        }
        if spec.pulsarVersion != nil {
            advice += ", or drop pulsarVersion to use the newest image"
        }
        return searched + "; " + advice + "; then start the experiment again"
    }
}
