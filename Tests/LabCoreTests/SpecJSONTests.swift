import Foundation
import JSONCoding
import Testing
@testable import LabCore

@Suite("Experiment spec: the filled-in spec as JSON")
struct SpecJSONTests {
    @Test("Validating the filled-in JSON of a spec gives the same spec back (later stages read it back)",
          arguments: ["{}", #"{"profile": "perf"}"#] + (try SpecSchemaSyncTests.exampleFiles.map { try TestData.text($0) }))
    func filledInSpecRoundTrips(_ json: String) throws {
        let spec = try SpecHelpers.spec(json)
        let filledIn = spec.jsonValue
        let again = try ExperimentSpec.validate(filledIn)
        #expect(again.spec == spec, "\(filledIn)")
        #expect(again.notices.isEmpty, "\(again.notices)")
        // And through bytes, as it travels through S3 or the state.
        #expect(try ExperimentSpec.validate(json: JSON.serialize(filledIn)).spec == spec)
    }

    @Test("The filled-in spec of {} spells out every default, in the spec's field names")
    func filledInDefaults() throws {
        let json = try SpecHelpers.spec("{}").jsonValue
        #expect(json["profile"] == "dev")
        #expect(json["spot"] == ["zookeeper": false, "bookkeeper": false, "broker": false, "client": false])
        #expect(json["cluster"]?["bookkeeper"]?["journalVolume"] == ["sizeGiB": 20, "iops": 3000, "throughputMiBps": 125])
        #expect(json["driver"]?["client"]?["persistence"]?["ackQuorum"] == 2)
        #expect(json["workloads"]?[0]?["payloadFile"] == "/opt/benchmark/payload/payload-1Kb.data")
        #expect(json["region"] == nil, "unset optional fields are left out")
        #expect(JSON.serialize(json).count < 2_000, "small enough for the state machine's payload")
    }
}
