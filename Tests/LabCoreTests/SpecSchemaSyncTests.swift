import Foundation
import JSONCoding
import Testing
@testable import LabCore

/// docs/experiment-spec.schema.json and the Swift validator describe the same spec: the same fields, the
/// same enums, the same numeric bounds; and the documented examples are valid for both.
@Suite("Experiment spec: JSON Schema and Swift model agree")
struct SpecSchemaSyncTests {
    static let schemaURL = TestData.repositoryRoot.appendingPathComponent("docs/experiment-spec.schema.json")
    static let examplesURL = TestData.repositoryRoot.appendingPathComponent("docs/examples")

    static func schema() throws -> JSONSchemaWalker {
        JSONSchemaWalker(root: try JSON.parse(try TestData.bytes(schemaURL)))
    }

    @Test("The schema declares exactly the objects and fields the Swift model knows")
    func sameFields() throws {
        let schema = try Self.schema()
        #expect(schema.root["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema")
        let swiftPaths = Set(SpecKeys.objects.map(\.path))
        let schemaPaths = Set(schema.objectPaths())
        #expect(schemaPaths == swiftPaths, "only in schema: \(schemaPaths.subtracting(swiftPaths).sorted()); only in Swift: \(swiftPaths.subtracting(schemaPaths).sorted())")
        for (path, keys) in SpecKeys.objects {
            let declared = schema.propertyNames(at: path)
            #expect(declared == Set(keys), "\(path.isEmpty ? "(root)" : path): only in schema \(declared.subtracting(keys).sorted()), only in Swift \(Set(keys).subtracting(declared).sorted())")
        }
    }

    @Test("The schema's enums are the Swift enums' values")
    func sameEnums() throws {
        let schema = try Self.schema()
        #expect(schema.enumValues(at: "profile") == Profile.allCases.map(\.rawValue))
        #expect(schema.enumValues(at: "cluster.bookkeeper.storage") == BookieStorage.StorageName.allCases.map(\.rawValue))
        #expect(schema.enumValues(at: "driver.client.topicType") == TopicType.allCases.map(\.rawValue))
        #expect(schema.enumValues(at: "driver.consumer.subscriptionType") == SubscriptionType.allCases.map(\.rawValue))
        #expect(schema.enumValues(at: "workloads[].keyDistributor") == KeyDistributor.allCases.map(\.rawValue))
        #expect(Set(schema.enumValues(at: "workloads[].payloadFile") ?? [])
                == Set(PayloadFile.known.flatMap { [$0.relativePath, $0.absolutePath] }))
        #expect(schema.root["properties"]?["tags"]?["maxProperties"]?.intValue == TagRules.maxUserTags)
    }

    /// Every numeric field of the schema, as a path pattern, with a document that sets it.
    static func numericFields() throws -> [String] {
        let schema = try schema()
        return SpecKeys.objects.flatMap { object in
            object.keys.map { object.path.isEmpty ? $0 : object.path + "." + $0 }
        }.filter { schema.isNumeric(at: $0) }
    }

    /// A spec that sets the field at `pattern` to `value`, with the companion values a rule between fields
    /// needs (quorums in order, gp3 ratios), and the path a problem with that value is reported at.
    static func document(setting pattern: String, to value: JSONValue) -> (document: JSONValue, reportedPath: String) {
        let segments = pattern.split(separator: ".").map(String.init)
        let field = segments[segments.count - 1]
        var leaf: JSONObject = [field: value]
        switch pattern {
        case "driver.client.persistence.ensembleSize":
            leaf["writeQuorum"] = 1
            leaf["ackQuorum"] = 1
        case "driver.client.persistence.writeQuorum":
            leaf["ensembleSize"] = value
            leaf["ackQuorum"] = 1
        case "driver.client.persistence.ackQuorum":
            leaf["ensembleSize"] = value
            leaf["writeQuorum"] = value
        case _ where pattern.hasSuffix("Volume.iops"):
            leaf["sizeGiB"] = 100
        case _ where pattern.hasSuffix("Volume.throughputMiBps"):
            leaf["sizeGiB"] = 100
            leaf["iops"] = 4000
        default:
            break
        }
        var current = JSONValue.object(leaf)
        for segment in segments.dropLast().reversed() {
            if segment.hasSuffix("[]") {
                var element = current.objectValue!
                if element["name"] == nil { element["name"] = "w" }
                if field == "consumerBacklogSizeGB" { element["producerRate"] = 1000 }
                current = .object([String(segment.dropLast(2)): .array([.object(element)])])
            } else {
                current = .object([segment: current])
            }
        }
        var root = current.objectValue!
        if field == "consumerBacklogSizeGB" { root["profile"] = "perf" }  // NVMe bookies hold a large backlog
        if pattern == "cluster.bookkeeper.count" {
            root["driver"] = ["client": ["persistence": ["ensembleSize": 1, "writeQuorum": 1, "ackQuorum": 1]]]
        }
        return (.object(root), pattern.replacingOccurrences(of: "[]", with: "[0]"))
    }

    @Test("At each numeric field's schema bounds the validator accepts, one step outside it reports that field",
          arguments: try numericFields())
    func sameNumericBounds(_ pattern: String) throws {
        let schema = try Self.schema()
        let (minimum, maximum) = schema.bounds(at: pattern)
        let low = try #require(minimum, "\(pattern) has no minimum in the schema")
        let high = try #require(maximum, "\(pattern) has no maximum in the schema")
        let step = schema.isInteger(at: pattern) ? 1.0 : 0.001
        func problemPaths(_ value: Double) -> [String] {
            let number: JSONValue = schema.isInteger(at: pattern) ? .number(JSONNumber(Int(value))) : .number(JSONNumber(value)!)
            let (document, reported) = Self.document(setting: pattern, to: number)
            do {
                _ = try ExperimentSpec.validate(document)
                return []
            } catch {
                return error.problems.map(\.path).filter { $0 == reported }
            }
        }
        // A backlog at the schema's maximum would not fit any bookies' disks, a rule only the validator knows:
        // check acceptance well inside instead.
        let insideLow = low
        let insideHigh = pattern == "workloads[].consumerBacklogSizeGB" ? 1000 : high
        #expect(problemPaths(insideLow).isEmpty, "\(pattern) = \(insideLow) (schema minimum) was refused")
        #expect(problemPaths(insideHigh).isEmpty, "\(pattern) = \(insideHigh) (schema maximum \(high)) was refused")
        #expect(!problemPaths(low - step).isEmpty, "\(pattern) = \(low - step) (below the schema minimum) was accepted")
        #expect(!problemPaths(high + step).isEmpty, "\(pattern) = \(high + step) (above the schema maximum) was accepted")
    }

    static var exampleFiles: [URL] {
        (try? TestData.files(in: examplesURL, withExtension: "json")) ?? []
    }

    @Test("The documented examples exist and are valid specs for the Swift validator")
    func examplesAreValid() throws {
        #expect(Self.exampleFiles.count >= 3, "docs/examples should hold the documented examples")
        for url in Self.exampleFiles {
            do {
                let result = try ExperimentSpec.validate(json: try TestData.bytes(url))
                print("\(url.lastPathComponent): valid, notices \(result.notices.map(\.description))")
            } catch {
                Issue.record("\(url.lastPathComponent):\n\(error)")
            }
        }
    }

    @Test("The examples, and the filled-in spec of each profile, are valid under the JSON Schema (python jsonschema)",
          .enabled(if: PythonTool.interpreter(importing: ["jsonschema"]) != nil, "no python3 with jsonschema"))
    func examplesValidateAgainstTheSchema() throws {
        let python = try #require(PythonTool.interpreter(importing: ["jsonschema"]))
        var documents: [(String, String)] = try Self.exampleFiles.map { ($0.lastPathComponent, try TestData.text($0)) }
        for profile in Profile.allCases {
            documents.append(("filled-in \(profile)", String(decoding: JSON.serialize(ExperimentSpec.defaults(for: profile).jsonValue), as: UTF8.self)))
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin))]
            print(json.dumps(errors))
            """
        for (name, text) in documents {
            let output = try PythonTool.run(python, script: script, input: text, arguments: [Self.schemaURL.path])
            #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(name): \(output)")
        }
    }

    @Test("What the schema refuses, the validator refuses too (python jsonschema on invalid specs)",
          .enabled(if: PythonTool.interpreter(importing: ["jsonschema"]) != nil, "no python3 with jsonschema"))
    func invalidSpecsAreInvalidForBoth() throws {
        let python = try #require(PythonTool.interpreter(importing: ["jsonschema"]))
        let invalid = [
            #"{"profil": "perf"}"#, #"{"profile": "prod"}"#, #"{"cluster": {"zookeeper": {"count": 4}}}"#,
            #"{"cluster": {"client": {"count": 2}}}"#, #"{"cluster": {"broker": {"instanceType": "m6i"}}}"#,
            #"{"region": "us-east"}"#, #"{"tags": {"a;b": "x"}}"#, #"{"tags": {"a": "x$(y)"}}"#,
            #"{"workloads": [{"name": "a$(b)"}]}"#, #"{"workloads": [{"payloadFile": "/etc/passwd"}]}"#,
            #"{"workloads": []}"#, #"{"driver": {"name": "Kafka"}}"#, #"{"driver": {"client": {"topicType": "non-persistent"}}}"#,
            #"{"driver": {"client": {"tlsTrustCertsFilePath": "/ca.pem"}}}"#, #"{"spot": "yes"}"#,
            #"{"driver": {"client": {"namespacePrefix": "benchmark"}}}"#, #"{"plan": "Nightly"}"#,
        ]
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            print(len(list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))))
            """
        for document in invalid {
            let schemaErrors = try PythonTool.run(python, script: script, input: document, arguments: [Self.schemaURL.path])
            #expect(Int(schemaErrors.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0, "schema accepted \(document)")
            #expect(!SpecHelpers.problems(document).isEmpty, "validator accepted \(document)")
        }
    }
}
