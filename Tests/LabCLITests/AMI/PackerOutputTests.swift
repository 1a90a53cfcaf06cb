import Testing
@testable import lab

/// Packer's machine-readable lines as packer/ui.go (MachineReadableUi) and command/build.go write them.
@Suite("lab ami build: reading packer build -machine-readable")
struct PackerOutputTests {
    /// The tail of a build of packer/pulsar-base.pkr.hcl in two regions, with the manifest post-processor reporting
    /// the same artifact again, shaped as Packer prints it.
    static let transcript = [
        "1764201600,,ui,say,Running in background mode. Use -debug to see everything.",
        "1764201601,amazon-ebs.pulsar_base,ui,say,==> amazon-ebs.pulsar_base: Prevalidating AMI Name: pulsar-base-4.0.4-20261127000000",
        "1764201602,amazon-ebs.pulsar_base,ui,message,    amazon-ebs.pulsar_base: Found Image ID: ami-0b5eea76982371e91",
        "plain text a plugin printed",
        "1764202800,amazon-ebs.pulsar_base,ui,say,==> amazon-ebs.pulsar_base: AMIs were created:\\nus-east-1: ami-0123456789abcdef0\\neu-west-1: ami-0fedcba9876543210",
        "1764202800,,ui,say,\\n==> Builds finished. The artifacts of successful builds are:",
        "1764202800,amazon-ebs.pulsar_base,artifact-count,2",
        "1764202800,amazon-ebs.pulsar_base,artifact,0,builder-id,mitchellh.amazonebs",
        "1764202800,amazon-ebs.pulsar_base,artifact,0,id,eu-west-1:ami-0fedcba9876543210%!(PACKER_COMMA)us-east-1:ami-0123456789abcdef0",
        "1764202800,amazon-ebs.pulsar_base,artifact,0,string,AMIs were created:\\neu-west-1: ami-0fedcba9876543210\\nus-east-1: ami-0123456789abcdef0\\n",
        "1764202800,amazon-ebs.pulsar_base,artifact,0,files-count,0",
        "1764202800,amazon-ebs.pulsar_base,artifact,0,end",
        "1764202800,amazon-ebs.pulsar_base,artifact,1,id,eu-west-1:ami-0fedcba9876543210%!(PACKER_COMMA)us-east-1:ami-0123456789abcdef0",
        "1764202800,amazon-ebs.pulsar_base,artifact,1,end",
    ]

    @Test("A line splits into time, target, type and data; commas and newlines are unescaped")
    func parsesOneLine() throws {
        let line = try #require(PackerMachineLine("1764201600,amazon-ebs.pulsar_base,ui,error,Build failed%!(PACKER_COMMA) see below:\\nline two"))
        #expect(line == PackerMachineLine(
            timestamp: 1_764_201_600, target: "amazon-ebs.pulsar_base", type: "ui", data: ["error", "Build failed, see below:\nline two"]))
        #expect(PackerMachineLine("1764201600,,artifact-count,2")?.target == "")
        #expect(PackerMachineLine("1764201600,,version,1.11.2")?.data == ["1.11.2"])
    }

    @Test("Lines that are not machine-readable are not taken for one", arguments: [
        "", "==> amazon-ebs.pulsar_base: Stopping the source instance...", "Error: Failed to initialize build",
        "12a,target,ui,say,x", "1764201600", "1764201600,target",
    ])
    func rejectsOtherLines(_ line: String) {
        #expect(PackerMachineLine(line) == nil, "\(line)")
    }

    @Test("The transcript: a person sees the ui messages and plain lines; the artifact gives one AMI per region")
    func transcriptGivesTheImage() {
        var output = PackerBuildOutput()
        let shown = Self.transcript.compactMap { output.consume($0) }
        #expect(shown.first == "Running in background mode. Use -debug to see everything.")
        #expect(shown.contains("    amazon-ebs.pulsar_base: Found Image ID: ami-0b5eea76982371e91"))
        #expect(shown.contains("plain text a plugin printed"))
        #expect(shown.contains("==> amazon-ebs.pulsar_base: AMIs were created:\nus-east-1: ami-0123456789abcdef0\neu-west-1: ami-0fedcba9876543210"))
        #expect(!shown.contains { $0.contains("mitchellh.amazonebs") || $0.hasPrefix("AMIs were created") }, "machine data must not be shown: \(shown)")
        #expect(output.imageIDs(in: "us-east-1") == ["ami-0123456789abcdef0"])
        #expect(output.imageIDs(in: "eu-west-1") == ["ami-0fedcba9876543210"])
        #expect(output.imageIDs(in: "ap-south-1") == [])
        #expect(output.lastError == nil)
    }

    @Test("A failed build: the build's own error line is the reason, on one line; no image")
    func failedBuild() {
        var output = PackerBuildOutput()
        let lines = [
            "1764201601,,ui,error,Build 'amazon-ebs.pulsar_base' errored after 2 minutes: Timeout waiting for SSM%!(PACKER_COMMA) aborting",
            "1764201601,,error-count,1",
            "1764201601,,ui,error,\\n==> Some builds didn't complete successfully and had errors:",
            "1764201601,amazon-ebs.pulsar_base,error,Timeout waiting for SSM%!(PACKER_COMMA) aborting\\nsecond line",
            "1764201601,,ui,error,--> amazon-ebs.pulsar_base: Timeout waiting for SSM%!(PACKER_COMMA) aborting",
            "1764201601,,ui,say,\\n==> Builds finished but no artifacts were created.",
        ]
        let shown = lines.compactMap { output.consume($0) }
        #expect(shown.count == 4, "the ui lines only: \(shown)")
        #expect(output.imageIDs(in: "us-east-1").isEmpty)
        #expect(output.lastError == "amazon-ebs.pulsar_base: Timeout waiting for SSM, aborting second line")

        var uiOnly = PackerBuildOutput()
        _ = uiOnly.consume("1764201601,,ui,error,Error: Failed to prepare build:\\n\\nmissing region")
        #expect(uiOnly.lastError == "Error: Failed to prepare build: missing region")
    }

    @Test("Build arguments: the lab's region always, the other variables only when given, the template last")
    func buildArguments() throws {
        let plain = try AMIBuildCommand.parse([])
        #expect(plain.buildArguments(region: "eu-west-1", template: "/r/packer/pulsar-base.pkr.hcl")
            == ["build", "-machine-readable", "-var", "region=eu-west-1", "/r/packer/pulsar-base.pkr.hcl"])
        let commit = String(repeating: "ab", count: 20)
        let full = try AMIBuildCommand.parse(["--pulsar-version", "3.3.2", "--omb-commit", commit, "--instance-type", "c6i.xlarge"])
        #expect(full.buildArguments(region: "us-east-1", template: "t.pkr.hcl") == [
            "build", "-machine-readable", "-var", "region=us-east-1", "-var", "pulsar_version=3.3.2", "-var", "omb_commit=\(commit)",
            "-var", "instance_type=c6i.xlarge", "t.pkr.hcl",
        ])
        try full.checkArguments()
    }

    @Test("The template's own variable rules are checked before Packer starts", arguments: [
        ["--pulsar-version", "4.0"], ["--pulsar-version", "4.0.x"], ["--omb-commit", "85599891"],
        ["--omb-commit", String(repeating: "AB", count: 20)], ["--instance-type", "m6i large"], ["--instance-type", "m6i"],
    ])
    func rejectsWhatTheTemplateRejects(_ arguments: [String]) throws {
        let command = try AMIBuildCommand.parse(arguments)
        let error = try #require(throws: LabCLIError.self) { try command.checkArguments() }
        #expect(error.exitCode == 64, "\(error.message)")
        #expect(error.message.hasPrefix(arguments[0]), "\(error.message)")
    }
}
