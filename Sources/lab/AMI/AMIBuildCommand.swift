import ArgumentParser
import Foundation

/// `lab ami build`: `packer init` and `packer build` of packer/pulsar-base.pkr.hcl in the lab's region, Packer's
/// progress on stderr, the new AMI id on stdout.
struct AMIBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a pulsar-base AMI with Packer (about 20 minutes); prints the new AMI id.",
        discussion: """
            Runs packer init and packer build -machine-readable on packer/pulsar-base.pkr.hcl (found from the working \
            directory upwards, or --packer-dir) in the lab's region. Needs Packer 1.9+, the Session Manager plugin and \
            AWS credentials allowed to run Packer's amazon-ebs builder.
            """)

    @Option(help: "The Apache Pulsar release to install (the template's default when left out), e.g. 4.0.4.")
    var pulsarVersion: String?

    @Option(help: "The OpenMessaging Benchmark commit to build (full 40-character id).")
    var ombCommit: String?

    @Option(help: "The build instance type (the template's default, m6i.large, when left out).")
    var instanceType: String?

    @Option(help: "The directory holding pulsar-base.pkr.hcl (default: packer/ of this checkout).")
    var packerDir: String?

    @Option(help: "The region to build in (default: the lab's).")
    var region: String?

    func run() throws {
        try checkArguments()
        InterruptSignal.install()
        let environment = ProcessInfo.processInfo.environment
        let packer = try PackerSetup.packer(path: environment["PATH"])
        try PackerSetup.sessionManagerPlugin(path: environment["PATH"])
        let directory = try PackerSetup.templateDirectory(
            explicit: packerDir, workingDirectory: FileManager.default.currentDirectoryPath, executable: CommandLine.arguments[0])
        let region = try buildRegion(environment: environment)

        Console.progress("packer init \(directory)")
        let initStatus = try ToolProcess.run(packer, ["init", directory], workingDirectory: directory)
        guard initStatus == 0 else {
            throw LabCLIError(code: .toolFailed, message: "packer init \(directory) failed (exit \(initStatus)): it could not install the amazon plugin; see its output above")
        }
        let arguments = buildArguments(region: region, template: directory + "/" + PackerSetup.templateFile)
        Console.progress("packer " + arguments.joined(separator: " "))
        var output = PackerBuildOutput()
        let status = try ToolProcess.run(packer, arguments, workingDirectory: directory) { line in
            if let text = output.consume(line) { Console.progress(text) }
        }
        if let signal = InterruptSignal.receivedSignal {
            throw LabCLIError(code: .interrupted, message: "interrupted (\(InterruptSignal.name(signal))): packer build stopped (exit \(status)); Packer deletes its builder instance and temporary resources itself")
        }
        guard status == 0 else {
            throw LabCLIError(code: .toolFailed, message: "packer build failed (exit \(status))\(output.lastError.map { ": " + $0 } ?? ""); see its output above")
        }
        let images = output.imageIDs(in: region)
        guard let image = images.first, images.count == 1 else {
            throw LabCLIError(
                code: .toolFailed,
                message: images.isEmpty
                    ? "packer build succeeded but reported no AMI in \(region) (no artifact id line); lab ami list shows what exists"
                    : "packer build reported \(images.count) AMIs in \(region) (\(images.joined(separator: ", "))); expected one")
        }
        Console.progress("built \(image) in \(region); check it with: lab ami validate \(image)")
        Console.output(image + "\n")
    }

    /// `packer build -machine-readable -var …` with only the variables given (the template's defaults otherwise).
    func buildArguments(region: String, template: String) -> [String] {
        var arguments = ["build", "-machine-readable", "-var", "region=\(region)"]
        if let pulsarVersion { arguments += ["-var", "pulsar_version=\(pulsarVersion)"] }
        if let ombCommit { arguments += ["-var", "omb_commit=\(ombCommit)"] }
        if let instanceType { arguments += ["-var", "instance_type=\(instanceType)"] }
        return arguments + [template]
    }

    /// The template's own rules (its variable validations), checked before Packer starts.
    func checkArguments() throws(LabCLIError) {
        if let pulsarVersion {
            let parts = pulsarVersion.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
                throw LabCLIError(code: .invalidArguments, message: "--pulsar-version \(pulsarVersion) must look like 4.0.4")
            }
        }
        if let ombCommit, ombCommit.count != 40 || !ombCommit.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
            throw LabCLIError(code: .invalidArguments, message: "--omb-commit \(ombCommit) must be a full 40-character lowercase commit id")
        }
        if let instanceType {
            let parts = instanceType.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } }) else {
                throw LabCLIError(code: .invalidArguments, message: "--instance-type \(instanceType) is not an instance type (like m6i.large)")
            }
        }
    }

    /// `--region`, else the lab's, else the AWS region of the environment.
    func buildRegion(environment: [String: String]) throws(LabCLIError) -> String {
        if let region {
            try LabSession.checkRegionName(region)
            return region
        }
        let configuration = try LabConfiguration.load(environment: environment, workingDirectory: FileManager.default.currentDirectoryPath)
        guard let found = configuration.region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] else {
            throw LabCLIError(code: .configuration, message: "no region to build in: \(configuration.source) names none and AWS_REGION is not set; pass --region")
        }
        return found
    }
}
