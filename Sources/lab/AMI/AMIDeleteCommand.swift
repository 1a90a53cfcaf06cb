import AWSCore
import AWSServices
import ArgumentParser
import Foundation

/// `lab ami delete AMI_ID`: deregisters one of the lab's images and deletes its snapshots (what deregistering
/// leaves behind and keeps billing). Refuses an image that is not the lab's, and asks first.
struct AMIDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Deregister one of the lab's AMIs and delete its snapshots.",
        discussion: """
            Only an image of this account named pulsar-base-* and tagged Project=pulsar-aws-lab is deleted. Without --yes \
            it asks on the terminal, and refuses when there is none (a script must say --yes).
            """)

    @Argument(help: "The AMI id (lab ami list shows them).")
    var image: String

    @Flag(help: "Delete without asking.")
    var yes = false

    @Flag(help: "List what would be deleted and delete nothing.")
    var dryRun = false

    @Option(help: "Another region than the lab's.")
    var region: String?

    func run() throws {
        try LabImageCatalog.checkImageID(image)
        let session = try LabSession.fromProcess(region: region)
        let catalog = LabImageCatalog(session: session)
        let found = try catalog.image(image)
        guard try catalog.ownsImage(image) else {
            throw LabCLIError(code: .invalidArguments, message: "refusing to delete \(image) (\(found.name)): this account does not own it, so it is not the lab's")
        }
        if let refusal = found.deletionRefusal {
            throw LabCLIError(code: .invalidArguments, message: "refusing to delete \(image) (\(found.name.isEmpty ? "no name" : found.name)): \(refusal), so it is not the lab's (packer/pulsar-base.pkr.hcl names and tags every image it builds)")
        }
        let snapshots = try Self.snapshots(of: found, session: session)
        let plan = AMIDeletionPlan(image: found, snapshots: snapshots, region: session.region)
        if dryRun {
            Console.output(plan.lines(prefix: "would delete"))
            return
        }
        if !yes { try Self.confirm(plan) }
        Console.progress("deregistering \(found.id) (\(found.name)) in \(session.region)")
        try session.call("deregistering \(found.id)") { try session.ec2.deregisterImage(DeregisterImageRequest(imageID: found.id)) }
        Console.output("deregistered \(found.id)  \(found.name)\n")
        for snapshot in snapshots {
            try Self.deleteSnapshot(snapshot.snapshotID, session: session)
            Console.output("deleted \(snapshot.snapshotID)  \(snapshot.volumeSize.map { "\($0) GiB" } ?? "")\n")
        }
    }

    /// The image's snapshots that still exist and belong to this account (one whose id no longer resolves is
    /// already gone and left out).
    static func snapshots(of image: LabImage, session: LabSession) throws(LabCLIError) -> [EC2Snapshot] {
        var snapshots: [EC2Snapshot] = []
        for device in image.snapshots {
            guard let id = device.snapshotID else { continue }
            let found: [EC2Snapshot] = try session.call("describing snapshot \(id)") {
                do {
                    return try session.ec2.describeAllSnapshots(DescribeSnapshotsRequest(snapshotIDs: [id], ownerIDs: ["self"]))
                } catch let error as AWSError where error.code == "InvalidSnapshot.NotFound" {
                    return []
                }
            }
            if found.isEmpty { Console.progress("snapshot \(id) of \(image.id) no longer exists (or is not this account's); nothing to delete there") }
            snapshots += found
        }
        return snapshots
    }

    /// Asks on the terminal; refuses without one.
    static func confirm(_ plan: AMIDeletionPlan) throws(LabCLIError) {
        guard isatty(STDIN_FILENO) == 1 else {
            throw LabCLIError(code: .invalidArguments, message: "refusing to delete \(plan.image.id) without confirmation: there is no terminal to ask on; pass --yes (or --dry-run to see what would go)")
        }
        FileHandle.standardError.write(Data((plan.lines(prefix: "will delete") + "Delete these? [y/N] ").utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" else {
            throw LabCLIError(code: .invalidArguments, message: "not confirmed: nothing deleted")
        }
    }

    /// Right after DeregisterImage, EC2 may still count the snapshot as in use for a few seconds.
    static func deleteSnapshot(_ id: String, session: LabSession) throws(LabCLIError) {
        var attempt = 1
        while true {
            let inUse: Bool = try session.call("deleting snapshot \(id)") {
                do {
                    try session.ec2.deleteSnapshot(DeleteSnapshotRequest(snapshotID: id))
                    return false
                } catch let error as AWSError where error.code == "InvalidSnapshot.InUse" && attempt < 6 {
                    return true
                }
            }
            guard inUse else { return }
            Console.progress("snapshot \(id) is still in use right after deregistering; trying again in \(attempt * 2) s")
            try InterruptSignal.sleep(seconds: Double(attempt * 2), "waiting to delete snapshot \(id)")
            attempt += 1
        }
    }
}
