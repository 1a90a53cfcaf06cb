import AWSCore
import AWSServices
import ArgumentParser
import Foundation

/// `lab ami copy AMI_ID --to-region R`: the image under the same name in another region, with its tags, so a lab
/// deployed there (or an experiment with `region` set there) finds it.
struct AMICopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy an AMI to another region, keeping its name and tags; prints the new AMI id.",
        discussion: """
            The copy is pending until EC2 has copied its snapshots (minutes for a pulsar-base image); lab ami list \
            --region R shows its state. The copy is tagged like the source, plus CopiedFrom=<region>:<id>.
            """)

    /// Where the copy says it came from.
    static let copiedFromTag = "CopiedFrom"

    @Argument(help: "The AMI id, in the lab's region.")
    var image: String

    @Option(help: "The destination region.")
    var toRegion: String

    func run() throws {
        try LabImageCatalog.checkImageID(image)
        let session = try LabSession.fromProcess()
        guard toRegion != session.region else {
            throw LabCLIError(code: .invalidArguments, message: "\(image) is already in \(session.region), the lab's region: name another region with --to-region")
        }
        let destination = try session.inRegion(toRegion)
        let source = try LabImageCatalog(session: session).image(image)
        guard source.state == "available" else {
            throw LabCLIError(code: .invalidArguments, message: "\(image) is \(source.state), not available: EC2 copies only available images; wait for it (lab ami list)")
        }
        guard !source.name.isEmpty else {
            throw LabCLIError(code: .invalidArguments, message: "\(image) has no name to keep; EC2 needs one for the copy")
        }
        Console.progress("copying \(source.id) (\(source.name)) from \(session.region) to \(toRegion)")
        // One token per command: AWSCore's retry after a lost answer gets the same copy, a later command a new one.
        let request = CopyImageRequest(
            sourceImageID: source.id, sourceRegion: session.region, name: source.name, description: source.image.description,
            copyImageTags: true, clientToken: "lab-ami-copy-\(source.id)-\(toRegion)-\(Timestamp.now().seconds)")
        let copyID = try destination.call("copying \(source.id) to \(toRegion)") { try destination.ec2.copyImage(request) }
        // CopyImageTags copies user tags on AWS; setting them again (plus where the copy came from) costs one idempotent
        // call and leaves the copy tagged the same wherever CopyImageTags is not honoured.
        let tags = Self.tags(of: source, sourceRegion: session.region)
        try destination.call("tagging the copy \(copyID) in \(toRegion)") {
            try destination.ec2.createTags(CreateTagsRequest(resourceIDs: [copyID], tags: tags))
        }
        Console.progress("\(copyID) in \(toRegion) is pending until EC2 has copied its snapshots; lab ami list --region \(toRegion) shows when it is available")
        Console.output(copyID + "\n")
    }

    /// The source's tags but AWS's own (`aws:` keys cannot be set), plus `CopiedFrom=<region>:<id>`, in key order.
    static func tags(of source: LabImage, sourceRegion: String) -> [EC2Tag] {
        var tags = source.image.tags.filter { !$0.key.lowercased().hasPrefix("aws:") }
        tags[copiedFromTag] = "\(sourceRegion):\(source.id)"
        return tags.keys.sorted().map { EC2Tag(key: $0, value: tags[$0] ?? "") }
    }
}
