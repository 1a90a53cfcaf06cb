import AWSCore
import Foundation
import JSONCoding
import Testing
@testable import LabCore

/// Every string of the spec that can reach a shell command, user data, a YAML file, an S3 key or a tag is
/// either refused by an allow-list or arrives inert. Each payload carries the marker PWNED so the tests can
/// look for it in everything rendered.
@Suite("Injection: shell and YAML metacharacters in every string field are refused or inert")
struct InjectionTests {
    static let payloads = [
        "$(touch /tmp/PWNED)", "`PWNED`", "x;PWNED", "x'PWNED'", "x\"PWNED\"", "x\nPWNED: 1", "x: PWNED", "# PWNED",
        "x #PWNED", "x\\PWNED", "x\u{2028}PWNED", "x | PWNED & y", "${PWNED}", "x\rPWNED",
    ]

    /// String fields that take any string because their value is never used: the lab replaces them.
    static let ignoredFields: Set<String> = ["driver.client.serviceUrl", "driver.client.httpUrl"]

    /// Every string-typed field of the spec, by the JSON Schema (so a new string field cannot be missed here).
    static func stringFields() throws -> [String] {
        let schema = SpecSchemaSyncTests.schemaURL
        let walker = JSONSchemaWalker(root: try JSON.parse(try TestData.bytes(schema)))
        return SpecKeys.objects.flatMap { object in
            object.keys.map { object.path.isEmpty ? $0 : object.path + "." + $0 }
        }.filter { path in
            walker.nodes(at: path).contains { node in
                let types = node["type"]?.arrayValue?.compactMap(\.stringValue) ?? node["type"]?.stringValue.map { [$0] } ?? []
                return types.contains("string") || node["enum"]?.arrayValue?.contains { $0.stringValue != nil } == true
            }
        }
    }

    @Test("The schema's string fields are the ones this suite expects (a new one must be added to the allow-lists)")
    func stringFieldsAreKnown() throws {
        #expect(Set(try Self.stringFields()) == [
            "profile", "description", "plan", "region", "availabilityZone", "pulsarVersion", "amiNamePattern",
            "cluster.zookeeper.instanceType", "cluster.bookkeeper.instanceType", "cluster.bookkeeper.storage",
            "cluster.broker.instanceType", "cluster.client.instanceType", "driver.name", "driver.driverClass",
            "driver.client.serviceUrl", "driver.client.httpUrl", "driver.client.clusterName", "driver.client.namespacePrefix",
            "driver.client.topicType", "driver.client.tlsTrustCertsFilePath", "driver.client.authentication.plugin",
            "driver.client.authentication.data", "driver.consumer.subscriptionType", "workloads[].name",
            "workloads[].keyDistributor", "workloads[].payloadFile",
        ])
    }

    @Test("Each payload in each string field is refused at that field's path (or, for ignored fields, never rendered)",
          arguments: try stringFields())
    func stringFieldRefusesOrIgnoresPayloads(_ pattern: String) throws {
        for payload in Self.payloads {
            let (document, reported) = SpecSchemaSyncTests.document(setting: pattern, to: .string(payload))
            switch Result(catching: { () throws(LabCoreError) in try ExperimentSpec.validate(document) }) {
            case .success(let result):
                #expect(Self.ignoredFields.contains(pattern), "\(pattern) accepted \(SpecText.quoted(payload))")
                try Self.expectNothingRendered(contains: "PWNED", from: result.spec)
            case .failure(let error):
                #expect(error.problems.contains { $0.path == reported }, "\(pattern) = \(SpecText.quoted(payload)): \(error.problems)")
                // The problem message quotes the value with control characters escaped: one line, nothing raw.
                #expect(error.problems.allSatisfy { !$0.description.contains("\n") && !$0.description.contains("\u{2028}") })
            }
        }
    }

    @Test("Tag keys and values: shell and YAML metacharacters are refused; ': ' and spaces (allowed by AWS) stay inert in the tag")
    func tagsRefuseOrCarryInert() throws {
        let id = try ExperimentID("exp-injection")
        for payload in Self.payloads {
            for document in [#"{"tags": {"Team": \#(Self.json(payload))}}"#, #"{"tags": {\#(Self.json(payload)): "v"}}"#] {
                switch Result(catching: { () throws(LabCoreError) in try SpecHelpers.validate(document) }) {
                case .success(let result):
                    let spec = result.spec
                    // Accepted only when every character is allowed in AWS tags: then it is a tag, nothing else.
                    #expect(payload.unicodeScalars.allSatisfy(TagRules.isAllowed), "\(document)")
                    try Self.expectNothingRendered(contains: "PWNED", from: spec)
                    let tags = try ResourceTags(
                        spec: spec, experimentID: id, component: .broker, startedAt: Timestamp(seconds: 0),
                        executionArn: "arn:aws:states:us-east-1:123456789012:execution:lab:exp-injection")
                    #expect(tags.tags.contains { $0.key == payload || $0.value == payload })
                case .failure(let error):
                    #expect(error.problems.allSatisfy { $0.path.hasPrefix("tags") }, "\(error.problems)")
                    #expect(!payload.unicodeScalars.allSatisfy(TagRules.isAllowed), "\(document) was refused: \(error)")
                }
            }
        }
    }

    @Test("Even past validation, the YAML writer keeps each payload one inert scalar in every string of both files")
    func yamlWriterKeepsPayloadsInert() throws {
        let id = try ExperimentID("exp-injection")
        for payload in Self.payloads {
            var workload = Workload(name: payload, payloadFile: payload)
            workload.useRandomizedPayloads = false
            let workloadYAML = OMBWorkloadFile.render(workload, experimentID: id)
            let readWorkload = try MiniYAML.parse(workloadYAML)
            #expect(readWorkload["name"]?.stringValue == payload && readWorkload["payloadFile"]?.stringValue == payload)
            #expect(readWorkload.objectValue?.keys == workload.expectedOMBJSON.objectValue?.keys, "\(workloadYAML)")
            // A comment, a blank line, one line per field, and the final newline: nothing spills onto extra lines.
            let fieldCount = workload.expectedOMBJSON.objectValue?.count ?? 0
            #expect(workloadYAML.split(separator: "\n", omittingEmptySubsequences: false).count == 2 + fieldCount + 1, "one line per field:\n\(workloadYAML)")

            var driver = DriverSettings()
            driver.client.clusterName = payload
            driver.client.namespacePrefix = payload
            let driverYAML = try OMBDriverFile.render(driver, brokers: [try BrokerAddress("10.0.0.1")], experimentID: id)
            let readDriver = try MiniYAML.parse(driverYAML)
            #expect(readDriver["client"]?["clusterName"]?.stringValue == payload)
            #expect(readDriver["client"]?["namespacePrefix"]?.stringValue == payload)
            #expect(readDriver["client"]?.objectValue?.keys.count == 8, "no key injected:\n\(driverYAML)")
            if PythonYAML.interpreter != nil {
                #expect(try PythonYAML.load(workloadYAML) == readWorkload, "PyYAML reads \(SpecText.quoted(payload)) differently")
                #expect(try PythonYAML.load(driverYAML) == readDriver)
            }
        }
    }

    /// Renders everything LabCore produces from a spec and checks that `marker` appears nowhere.
    static func expectNothingRendered(contains marker: String, from spec: ExperimentSpec, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let id = try ExperimentID("exp-injection")
        var rendered = [try OMBDriverFile.render(spec.driver, brokers: [try BrokerAddress("10.0.0.1")], experimentID: id)]
        rendered += spec.workloads.map { OMBWorkloadFile.render($0, experimentID: id) }
        rendered += spec.workloads.enumerated().map { $0.element.storageKey(index: $0.offset) }
        rendered.append(ClusterLayout(spec: spec, experimentID: id).components.map { "\($0)" }.joined())
        for text in rendered {
            #expect(!text.contains(marker), "\(marker) reached:\n\(text)", sourceLocation: sourceLocation)
        }
    }

    static func json(_ text: String) -> String {
        String(decoding: JSON.serialize(.string(text)), as: UTF8.self)
    }
}
