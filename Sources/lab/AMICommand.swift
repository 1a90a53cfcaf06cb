import ArgumentParser

/// `lab ami list|build|validate|copy|delete`: the AMI manager for the pulsar-base images (docs/cli.md, "ami").
/// Data on stdout, progress on stderr; errors are one line.
struct AMICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ami",
        abstract: "Manage the pulsar-base AMIs: list, build (Packer), validate (a test instance checked through SSM), copy, delete.",
        subcommands: [AMIListCommand.self, AMIBuildCommand.self, AMIValidateCommand.self, AMICopyCommand.self, AMIDeleteCommand.self])
}
