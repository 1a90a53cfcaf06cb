import AWSCore
import ArgumentParser

/// `lab ami list`: the lab's images in a region, newest first.
struct AMIListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The lab's AMIs, newest first: id, name, Pulsar version, state, creation date, age, snapshot sizes.",
        discussion: "Lists the account's images named pulsar-base-* or tagged Project=pulsar-aws-lab in the lab's region (or --region).")

    @Flag(help: "Print a JSON array instead of the table.")
    var json = false

    @Option(help: "Another region than the lab's (for example where lab ami copy put an image).")
    var region: String?

    func run() throws {
        let session = try LabSession.fromProcess(region: region)
        let images = try LabImageCatalog(session: session).all()
        let now = Timestamp.now()
        if json {
            Console.output(CLIJSON.text(AMIListing.json(images, now: now, region: session.region)))
        } else if images.isEmpty {
            Console.progress("no lab AMIs in \(session.region) (owner self, named \(LabImage.namePrefix)* or tagged Project=pulsar-aws-lab): build one with lab ami build")
        } else {
            Console.output(AMIListing.table(images, now: now))
        }
    }
}
