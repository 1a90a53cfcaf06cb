import Foundation
import Testing
@testable import lab

@Suite("Where lab finds the deployed lab: LAB_CONFIG, terraform/lab-config.json, LAB_* variables")
struct LabConfigurationTests {
    static let document = """
        {"region": "eu-west-1", "stateMachineArn": "arn:aws:states:eu-west-1:123456789012:stateMachine:pulsar-aws-lab-experiment",
         "resultsBucket": "bucket", "experimentsTable": "table", "janitorFunctionName": "pulsar-aws-lab-janitor"}
        """

    static func directory(with document: String?) throws -> String {
        let directory = NSTemporaryDirectory() + "lab-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/terraform", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/a/b", withIntermediateDirectories: true)
        if let document { try document.write(toFile: directory + "/terraform/lab-config.json", atomically: true, encoding: .utf8) }
        return directory
    }

    @Test("terraform/lab-config.json is found from a subdirectory of the clone; LAB_* variables override its fields")
    func findsTheFileAboveAndAppliesOverrides() throws {
        let directory = try Self.directory(with: Self.document)
        let found = try LabConfiguration.load(environment: [:], workingDirectory: directory + "/a/b")
        #expect(found.resultsBucket == "bucket" && found.region == "eu-west-1" && found.janitorFunctionName == "pulsar-aws-lab-janitor")
        #expect(found.source.hasSuffix("terraform/lab-config.json"))
        let overridden = try LabConfiguration.load(environment: ["LAB_RESULTS_BUCKET": "other"], workingDirectory: directory)
        #expect(overridden.resultsBucket == "other" && overridden.source.hasSuffix("with LAB_RESULTS_BUCKET"))
    }

    @Test("Without a file the three LAB_* variables make a configuration; its region comes from the state machine's ARN")
    func variablesAlone() throws {
        let directory = try Self.directory(with: nil)
        let configuration = try LabConfiguration.load(environment: [
            "LAB_STATE_MACHINE_ARN": "arn:aws:states:ap-south-1:1:stateMachine:x", "LAB_RESULTS_BUCKET": "b", "LAB_EXPERIMENTS_TABLE": "t",
        ], workingDirectory: directory)
        #expect(configuration.region == "ap-south-1" && configuration.source == "LAB_* variables" && configuration.timeFactor == 1)
    }

    @Test("A broken or incomplete file is named with what is wrong and how to regenerate it")
    func brokenFiles() throws {
        #expect(throws: LabCLIError.self) { try LabConfiguration.parse(Array("not json".utf8), source: "f.json") }
        do {
            _ = try LabConfiguration.parse(Array(#"{"resultsBucket": "b"}"#.utf8), source: "f.json")
            Issue.record("an incomplete document was accepted")
        } catch {
            #expect(error.code == .configuration)
            #expect(error.message == "f.json lacks stateMachineArn, experimentsTable; regenerate it with scripts/deploy (terraform output -raw lab_config)")
        }
    }

    @Test("emulatedTimeFactor (written only by the emulated lab) is read; absent or nonsense means real time")
    func timeFactor() throws {
        let base = String(Self.document.dropLast())
        #expect(try LabConfiguration.parse(Array(Self.document.utf8), source: "x").timeFactor == 1)
        #expect(try LabConfiguration.parse(Array((base + #", "emulatedTimeFactor": 20}"#).utf8), source: "x").timeFactor == 20)
        #expect(try LabConfiguration.parse(Array((base + #", "emulatedTimeFactor": -3}"#).utf8), source: "x").timeFactor == 1)
        #expect(try LabConfiguration.parse(Array((base + #", "emulatedTimeFactor": "fast"}"#).utf8), source: "x").timeFactor == 1)
    }
}
