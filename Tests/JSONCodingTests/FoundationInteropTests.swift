import Foundation
import Testing
@testable import JSONCoding

/// Foundation as an independent referee (test targets may import it; the module itself never does).
@Suite("Foundation as referee: our output is JSON to it, and our errors match its coding paths")
struct FoundationInteropTests {
    @Test("Foundation's JSONSerialization accepts everything we serialize")
    func foundationAcceptsOurOutput() throws {
        var generator = FuzzSeed.generator(for: "foundationAcceptsOurOutput")
        for iteration in 0..<500 {
            let value = RandomJSON.value(&generator)
            for options: JSONEncodingOptions in [[], .prettyPrinted] {
                let bytes = JSON.serialize(value, options: options)
                do {
                    _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
                } catch {
                    Issue.record("iteration \(iteration), seed \(FuzzSeed.value): Foundation rejected \(text(bytes)): \(error)")
                }
            }
        }
    }

    @Test("Foundation's JSONDecoder reads what we encode, and we read what it encodes")
    func specInterop() throws {
        let spec = CodableRoundTripTests.spec
        #expect(try JSONDecoder().decode(ExperimentSpec.self, from: Data(try JSON.encode(spec))) == spec)
        #expect(try JSON.decode(ExperimentSpec.self, from: Array(try JSONEncoder().encode(spec))) == spec)
    }

    @Test("JSONValue codes through Foundation's coders too (the generic path)")
    func jsonValueThroughFoundation() throws {
        let input = #"{"a":[1,2.5,"x",null,true,{"b":{}}],"big":18446744073709551615,"neg":-9223372036854775808,"e":1e-7}"#
        let ours = try JSON.parse(utf8(input))
        let viaFoundation = try JSONDecoder().decode(JSONValue.self, from: Data(input.utf8))
        #expect(viaFoundation == ours)
        let reencoded = try JSONEncoder().encode(ours)
        #expect(try JSON.parse(Array(reencoded)) == ours)
        #expect(try JSONDecoder().decode(JSONNumber.self, from: Data("2.5".utf8)) == JSONNumber(text: "2.5"))
        #expect(try JSONDecoder().decode(JSONObject.self, from: Data(#"{"k":[]}"#.utf8)) == ["k": []])
    }

    /// Numbers that do not fit (1.5 for Int, 70000 for UInt16) are left out: Foundation on Linux reports
    /// them as dataCorrupted at the root (empty coding path); we name the member (see DecodingErrorTests).
    @Test("For the same bad input, our DecodingError has Foundation's case and coding path", arguments: [
        #"{"experimentId":"e","mode":"latency","tags":{},"dryRun":false,"workloads":[{"name":"w","topics":1,"messageSize":"1kb","rates":[]}]}"#,
        #"{"experimentId":"e","mode":"latency","tags":{},"dryRun":false,"workloads":[{"name":"w","messageSize":1,"rates":[]}]}"#,
        #"{"experimentId":"e","mode":"latency","tags":{},"dryRun":false,"workloads":[{"name":"w","topics":null,"messageSize":1,"rates":[]}]}"#,
        #"{"experimentId":"e","mode":"latency","tags":{"a":1},"dryRun":false,"workloads":[]}"#,
        #"{"experimentId":"e","mode":"fast","tags":{},"dryRun":false,"workloads":[]}"#,
        #"{"experimentId":"e","mode":"latency","tags":{},"dryRun":false,"workloads":{}}"#,
        #"{"experimentId":"e","mode":"latency","tags":{},"dryRun":false,"workloads":["x"]}"#,
        #"["not","an","object"]"#,
    ])
    func sameErrorsAsFoundation(json: String) {
        let ours = decodingError(ExperimentSpec.self, from: json)
        let theirs = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ExperimentSpec.self, from: Data(json.utf8))
        }
        guard let ours, let theirs else { return }
        #expect(Self.shape(of: ours) == Self.shape(of: theirs), "ours: \(ours.summary); Foundation: \(theirs)")
    }

    /// The case and coding path of an error (plus the missing key), without the wording.
    static func shape(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): return "keyNotFound \(keyStrings(context.codingPath)) \(key.stringValue)"
        case .typeMismatch(_, let context): return "typeMismatch \(keyStrings(context.codingPath))"
        case .valueNotFound(_, let context): return "valueNotFound \(keyStrings(context.codingPath))"
        case .dataCorrupted(let context): return "dataCorrupted \(keyStrings(context.codingPath))"
        @unknown default: return "unknown"
        }
    }
}
