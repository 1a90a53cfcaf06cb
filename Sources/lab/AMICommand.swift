import ArgumentParser

/// `lab ami list|build|validate|delete`: the AMI manager. Needs AWS.
struct AMICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ami", abstract: "Manage the pulsar-base AMIs (needs AWS; not available yet in this build).")

    @Argument(help: "list, build (Packer), validate (launch and check through SSM) or delete (with its snapshots).")
    var action: AMIAction

    @Argument(help: "The AMI id, for validate and delete.")
    var image: String?

    @Option(help: "The region (default: AWS_REGION).")
    var region: String?

    func run() throws {
        throw DeployedLab.unavailable("lab ami \(action.rawValue)")
    }
}
