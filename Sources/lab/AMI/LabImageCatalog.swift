import AWSCore
import AWSServices
import LabCore

/// Finds the lab's images in the session's region: all of them, one by id, the newest.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html
struct LabImageCatalog {
    var session: LabSession

    /// Every image of this account named `pulsar-base-*` or tagged `Project=pulsar-aws-lab`, newest first. Two
    /// filtered listings (EC2 filters are ANDed, and an account may hold thousands of other images), merged.
    func all() throws(LabCLIError) -> [LabImage] {
        let byName = DescribeImagesRequest(owners: ["self"], filters: [EC2Filter(name: "name", values: [LabImage.namePrefix + "*"])])
        let byTag = DescribeImagesRequest(owners: ["self"], filters: [.tag(TagKeys.project, TagKeys.projectValue)])
        var images: [String: EC2Image] = [:]
        for request in [byName, byTag] {
            let found = try session.call("listing the lab's AMIs in \(session.region)") { try session.ec2.describeAllImages(request) }
            for image in found where LabImage.isListed(image) { images[image.imageID] = image }
        }
        return images.values.map(LabImage.init(image:)).sorted(by: LabImage.newestFirst)
    }

    /// The image `id` (any owner), or `notFound`.
    func image(_ id: String) throws(LabCLIError) -> LabImage {
        try Self.checkImageID(id)
        let found: [EC2Image]? = try session.call("describing \(id) in \(session.region)") {
            do {
                return try session.ec2.describeAllImages(DescribeImagesRequest(imageIDs: [id]))
            } catch let error as AWSError where error.code.hasPrefix("InvalidAMIID") {
                return nil
            }
        }
        guard let image = found?.first(where: { $0.imageID == id }) else {
            throw LabCLIError(code: .notFound, message: "no AMI \(id) in \(session.region): lab ami list shows the lab's images there (another region: --region)")
        }
        return LabImage(image: image)
    }

    /// Whether this account owns `id` (DescribeImages with owner `self` lists it).
    func ownsImage(_ id: String) throws(LabCLIError) -> Bool {
        let found = try session.call("checking who owns \(id)") {
            try session.ec2.describeAllImages(DescribeImagesRequest(owners: ["self"], filters: [EC2Filter(name: "image-id", values: [id])]))
        }
        return found.contains { $0.imageID == id }
    }

    /// The newest `available` lab image, or `notFound` saying how to build one.
    func newest() throws(LabCLIError) -> LabImage {
        guard let image = try all().first(where: { $0.state == "available" }) else {
            throw LabCLIError(
                code: .notFound,
                message: "no available lab AMI in \(session.region) (owner self, named \(LabImage.namePrefix)* or tagged \(TagKeys.project)=\(TagKeys.projectValue)): build one with lab ami build, or name the image to validate")
        }
        return image
    }

    /// `ami-` and 8 or 17 hexadecimal digits: anything else is a typo, not an image to look for.
    static func checkImageID(_ id: String) throws(LabCLIError) {
        let digits = id.dropFirst(4)
        guard id.hasPrefix("ami-"), digits.count >= 8, digits.count <= 17, digits.allSatisfy(\.isHexDigit) else {
            throw LabCLIError(code: .invalidArguments, message: "\(id) is not an AMI id (ami- and 8 or 17 hexadecimal digits, as lab ami list shows them)")
        }
    }
}
