import Foundation
import JSONCoding
import Testing
@testable import LabCore

/// OMB's own workload and driver files, converted from YAML to JSON, are valid parts of a spec: a user can
/// paste them in unchanged.
@Suite("OMB files paste into the spec unchanged")
struct OMBPasteTests {
    static let ownFixtures = TestData.fixtures.appendingPathComponent("omb-yaml")

    static func yamlFiles(prefix: String, sharedFolder: String) -> [URL] {
        var files = ((try? TestData.files(in: ownFixtures, withExtension: "yaml")) ?? [])
            .filter { $0.lastPathComponent.hasPrefix(prefix) }
        if let shared = TestData.sharedOMB {
            files += (try? TestData.files(in: shared.appendingPathComponent(sharedFolder), withExtension: "yaml")) ?? []
        }
        return files
    }

    static let workloadFiles = yamlFiles(prefix: "workload-", sharedFolder: "workloads")
    static let driverFiles = yamlFiles(prefix: "driver-", sharedFolder: "drivers")

    @Test("The repository's own OMB-shaped fixtures are found (the paste tests below never run empty)")
    func ownFixturesArePresent() {
        #expect(Self.workloadFiles.filter { $0.path.hasPrefix(Self.ownFixtures.path) }.count == 2)
        #expect(Self.driverFiles.filter { $0.path.hasPrefix(Self.ownFixtures.path) }.count == 1)
    }

    @Test("The shared OMB workloads and drivers are present",
          .enabled(if: TestData.sharedOMB != nil, TestData.sharedSkipReason))
    func sharedFilesArePresent() {
        #expect(Self.workloadFiles.count >= 2 + 7 && Self.driverFiles.count >= 1 + 2)
    }

    @Test("Every OMB workload file is accepted as a workload, every field carried over", arguments: workloadFiles)
    func workloadIsAccepted(_ url: URL) throws {
        let workload = try MiniYAML.parse(try TestData.text(url))
        let document: JSONValue = .object(["profile": "perf", "workloads": .array([workload])])
        let validation: SpecValidation
        do {
            validation = try ExperimentSpec.validate(document)
        } catch {
            Issue.record("\(url.lastPathComponent) was refused:\n\(error)")
            return
        }
        let accepted = try #require(validation.spec.workloads.first)
        let asJSON = accepted.jsonValue
        for (key, value) in try #require(workload.objectValue) where !value.isNull {
            switch key {
            case "payloadFile":
                // Normalised to the node's absolute path; the same file.
                #expect(accepted.payloadFile.flatMap(PayloadFile.named) == value.stringValue.flatMap(PayloadFile.named), "\(url.lastPathComponent)")
            default:
                #expect(asJSON[key] == value, "\(url.lastPathComponent): \(key) is \(asJSON[key].map { "\($0)" } ?? "absent"), file says \(value)")
            }
        }
        print("\(url.lastPathComponent): accepted as \"\(accepted.name)\", notices: \(validation.notices.map(\.description))")
    }

    @Test("In the dev profile, only a backlog too large for the dev bookies' 100 GiB ledger volumes is refused",
          arguments: workloadFiles)
    func workloadInDevProfile(_ url: URL) throws {
        let workload = try MiniYAML.parse(try TestData.text(url))
        let backlog = workload["consumerBacklogSizeGB"]?.intValue ?? 0
        do {
            _ = try ExperimentSpec.validate(.object(["workloads": .array([workload])]))
            #expect(backlog * 3 <= 285, "\(url.lastPathComponent) should have been refused: \(backlog) GiB × 3 copies")
        } catch {
            #expect(error.problems.map(\.path) == ["workloads[0].consumerBacklogSizeGB"], "\(url.lastPathComponent): \(error)")
            #expect(backlog * 3 > 285)
        }
    }

    @Test("Every OMB Pulsar driver file is accepted as the driver, settings carried over, URLs replaced with a notice",
          arguments: driverFiles)
    func driverIsAccepted(_ url: URL) throws {
        let driver = try MiniYAML.parse(try TestData.text(url))
        let validation: SpecValidation
        do {
            validation = try ExperimentSpec.validate(.object(["driver": driver]))
        } catch {
            Issue.record("\(url.lastPathComponent) was refused:\n\(error)")
            return
        }
        #expect(validation.notices.map(\.path) == ["driver.client.serviceUrl", "driver.client.httpUrl"])
        let accepted = validation.spec.driver.jsonValue
        for section in ["client", "producer", "consumer"] {
            for (key, value) in driver[section]?.objectValue ?? JSONObject() where !value.isNull {
                switch key {
                case "serviceUrl", "httpUrl", "authentication", "tlsTrustCertsFilePath":
                    continue
                case "persistence":
                    #expect(accepted[section]?[key] == value, "\(url.lastPathComponent): \(section).\(key)")
                default:
                    #expect(accepted[section]?[key] == value, "\(url.lastPathComponent): \(section).\(key) is \(accepted[section]?[key].map { "\($0)" } ?? "absent"), file says \(value)")
                }
            }
        }
        let rendered = try OMBDriverFile.render(
            validation.spec.driver, brokers: [try BrokerAddress("10.0.0.1")], experimentID: try ExperimentID("exp-paste"))
        #expect(!rendered.contains("localhost") && !rendered.contains("broker.example") && !rendered.contains("10.0.0.85"))
    }
}
