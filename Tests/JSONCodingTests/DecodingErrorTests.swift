import Testing
@testable import JSONCoding

@Suite("Decoding errors: standard cases, exact coding paths, one-line summaries")
struct DecodingErrorTests {
    /// A valid spec with `workload` spliced in as its only workload.
    static func spec(workload: String, extra: String = "") -> String {
        #"{"experimentId":"e","mode":"latency","tags":{},"dryRun":false,"workloads":["# + workload + "]" + extra + "}"
    }

    @Test("A string where an Int belongs: typeMismatch, with path and the value in the summary")
    func typeMismatch() {
        let json = Self.spec(workload: #"{"name":"w","topics":1,"messageSize":"1kb","rates":[]}"#)
        guard let error = decodingError(ExperimentSpec.self, from: json) else { return }
        guard case .typeMismatch(let type, let context) = error else {
            Issue.record("expected typeMismatch, got \(error)")
            return
        }
        #expect(ObjectIdentifier(type) == ObjectIdentifier(Int.self))
        #expect(keyStrings(context.codingPath) == ["workloads", "Index 0", "messageSize"])
        #expect(error.jsonPath == "workloads[0].messageSize")
        #expect(error.summary == #"workloads[0].messageSize: expected Int, found the string "1kb""#)
    }

    @Test("A missing key: keyNotFound, the path ends with the key")
    func keyNotFound() {
        let json = Self.spec(workload: #"{"name":"w","messageSize":1,"rates":[]}"#)
        guard let error = decodingError(ExperimentSpec.self, from: json) else { return }
        guard case .keyNotFound(let key, let context) = error else {
            Issue.record("expected keyNotFound, got \(error)")
            return
        }
        #expect(key.stringValue == "topics")
        #expect(keyStrings(context.codingPath) == ["workloads", "Index 0"])
        #expect(context.debugDescription == #"missing required key "topics""#)
        #expect(error.jsonPath == "workloads[0].topics")
        #expect(error.summary == "workloads[0].topics: required key is missing")
    }

    @Test("Null for a required value: valueNotFound at the member")
    func valueNotFound() {
        let json = Self.spec(workload: #"{"name":"w","topics":1,"messageSize":null,"rates":[]}"#)
        guard let error = decodingError(ExperimentSpec.self, from: json) else { return }
        guard case .valueNotFound(let type, let context) = error else {
            Issue.record("expected valueNotFound, got \(error)")
            return
        }
        #expect(ObjectIdentifier(type) == ObjectIdentifier(Int.self))
        #expect(keyStrings(context.codingPath) == ["workloads", "Index 0", "messageSize"])
        #expect(error.summary == "workloads[0].messageSize: expected Int, found null")
    }

    @Test("Numbers that do not fit are dataCorrupted and name the number", arguments: [
        (#""messageSize":1.5,"rates":[]"#, "workloads[0].messageSize: expected Int, found the number 1.5, which is not a whole number"),
        (#""messageSize":1e19,"rates":[]"#, "workloads[0].messageSize: expected Int, found the number 1e19, outside Int's range -9223372036854775808...9223372036854775807"),
        (#""messageSize":1,"rates":[],"partitionsPerTopic":70000"#, "workloads[0].partitionsPerTopic: expected UInt16, found the number 70000, outside UInt16's range 0...65535"),
        (#""messageSize":1,"rates":[],"partitionsPerTopic":-1"#, "workloads[0].partitionsPerTopic: expected UInt16, found the number -1, outside UInt16's range 0...65535"),
        (#""messageSize":1,"rates":[1,1e400]"#, "workloads[0].rates[1]: expected Double, found the number 1e400, outside Double's range"),
    ])
    func numbersThatDoNotFit(members: String, summary: String) {
        let json = Self.spec(workload: #"{"name":"w","topics":1,"# + members + "}")
        guard let error = decodingError(ExperimentSpec.self, from: json) else { return }
        guard case .dataCorrupted = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(error.summary == summary)
    }

    @Test("Each kind of mismatch says what was expected and what was found", arguments: [
        (#"{"dryRun":"yes"}"#, #"dryRun: expected Bool, found the string "yes""#),
        (#"{"workloads":{}}"#, "workloads: expected an array, found an empty object"),
        (#"{"workloads":["w"]}"#, #"workloads[0]: expected an object, found the string "w""#),
        (#"{"workloads":[{"name":7}]}"#, "workloads[0].name: expected String, found the number 7"),
        (#"{"tags":{"team-name":3}}"#, #"tags["team-name"]: expected String, found the number 3"#),
        (#"{"tags":[]}"#, "tags: expected an object, found an empty array"),
        (#"{"budgetUSD":"12"}"#, #"budgetUSD: expected Double, found the string "12""#),
        (#"{"dryRun":[1]}"#, "dryRun: expected Bool, found an array"),
        (#"{"dryRun":{"a":1}}"#, "dryRun: expected Bool, found an object"),
        (#"{"experimentId":true}"#, "experimentId: expected String, found true"),
    ])
    func mismatchSummaries(json: String, summary: String) {
        struct Loose: Decodable {
            var dryRun: Bool?
            var workloads: [Workload]?
            var tags: [String: String]?
            var budgetUSD: Double?
            var experimentId: String?
        }
        #expect(decodingError(Loose.self, from: json)?.summary == summary)
    }

    @Test("Control characters in a quoted value are escaped, so the summary stays on one line")
    func controlCharactersInSummaries() {
        #expect(decodingError([Int].self, from: #"["a\nb\u0001"]"#)?.summary == #"$[0]: expected Int, found the string "a\nb\u0001""#)
    }

    @Test("Long strings are cut in messages, so a summary stays short")
    func longStringsAreCut() {
        let long = String(repeating: "x", count: 100)
        let error = decodingError([Int].self, from: #"["\#(long)"]"#)
        #expect(error?.summary == #"$[0]: expected Int, found the string ""# + String(repeating: "x", count: 40) + #"…""#)
    }

    @Test("Paths at the root and in top-level arrays are anchored with $")
    func rootPaths() {
        #expect(decodingError([Int].self, from: #"{"a":1}"#)?.summary == "$: expected an array, found an object")
        #expect(decodingError([Workload].self, from: #"[{"name":"w","topics":1,"messageSize":1,"rates":[]},{"name":7}]"#)?.summary
            == "$[1].name: expected String, found the number 7")
        #expect(decodingError([String: Int].self, from: #"{"team-name":"x"}"#)?.summary == #"$["team-name"]: expected Int, found the string "x""#)
        #expect(decodingError([Int: String].self, from: #"{"1":5}"#)?.summary == #"$["1"]: expected String, found the number 5"#)
        #expect(decodingError(Int.self, from: "null")?.jsonPath == "$")
    }

    @Test("Reading past the end of an array says how long it is")
    func pastTheEnd() {
        struct Pair: Decodable {
            var first: Int
            var second: Int
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                first = try container.decode(Int.self)
                second = try container.decode(Int.self)
            }
        }
        let error = decodingError([Pair].self, from: "[[1,2],[3]]")
        guard case .valueNotFound(_, let context)? = error else {
            Issue.record("expected valueNotFound, got \(String(describing: error))")
            return
        }
        #expect(keyStrings(context.codingPath) == ["Index 1", "Index 1"])
        #expect(error?.summary == "$[1][1]: expected Int, found the end of the array (it has 1 element)")
    }

    @Test("An invalid raw value names the field")
    func invalidRawValue() {
        let error = decodingError(ExperimentSpec.self, from: #"{"experimentId":"e","mode":"fast","workloads":[],"tags":{},"dryRun":false}"#)
        #expect(error?.jsonPath == "mode")
        #expect(error?.summary.hasPrefix("mode: ") == true)
        #expect(error?.summary.contains("fast") == true, "\(String(describing: error?.summary))")
    }

    @Test("Errors inside a superclass carry the \"super\" key")
    func superDecoderPath() {
        #expect(decodingError(Dog.self, from: #"{"breed":"lab","super":{}}"#)?.summary == "super.name: required key is missing")
        #expect(decodingError(Dog.self, from: #"{"breed":"lab"}"#)?.summary == "super: expected an object, found null")
    }

    @Test("jsonPath reads foreign coding keys: Foundation's \"Index N\" keys are positions, Int dictionary keys are names")
    func foreignKeys() {
        struct ForeignKey: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) { self.stringValue = stringValue }
            init(intValue: Int) { self.stringValue = "\(intValue)"; self.intValue = intValue }
            init(index: Int) { self.stringValue = "Index \(index)"; self.intValue = index }
        }
        let path: [any CodingKey] = [ForeignKey(stringValue: "a"), ForeignKey(index: 2), ForeignKey(intValue: 7), ForeignKey(stringValue: "b c"), ForeignKey(stringValue: "_ok9")]
        let error = DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: "bad\nthing"))
        #expect(error.jsonPath == #"a[2]["7"]["b c"]._ok9"#)
        #expect(error.summary == #"a[2]["7"]["b c"]._ok9: bad thing"#)
        #expect(DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "")).summary == "$: invalid value")
        let typeError = DecodingError.typeMismatch(Int.self, DecodingError.Context(codingPath: [ForeignKey(stringValue: "n")], debugDescription: ""))
        #expect(typeError.summary == "n: expected Int")
    }
}
