import Testing
@testable import JSONCoding

@Suite("Codable: values survive encode → decode, and encode to the expected JSON")
struct CodableRoundTripTests {
    static let spec = ExperimentSpec(
        experimentId: "exp-42",
        mode: .throughput,
        workloads: [
            Workload(name: "1kb", topics: 1, messageSize: 1024, rates: [1000, 2.5e4], partitionsPerTopic: 16),
            Workload(name: "100b", topics: 3, messageSize: 100, rates: [], partitionsPerTopic: nil),
        ],
        tags: ["team": "pulsar", "cost-center": "42"],
        dryRun: false,
        budgetUSD: 12.5,
        notes: nil,
        payload: ["any": ["shape", 1, .null]]
    )

    @Test("A nested spec encodes in declaration order, omits nil optionals, sorts dictionary keys")
    func specEncoding() throws {
        let expected = #"{"experimentId":"exp-42","mode":"throughput","workloads":["#
            + #"{"name":"1kb","topics":1,"messageSize":1024,"rates":[1000,25000],"partitionsPerTopic":16},"#
            + #"{"name":"100b","topics":3,"messageSize":100,"rates":[]}],"#
            + #""tags":{"cost-center":"42","team":"pulsar"},"dryRun":false,"budgetUSD":12.5,"#
            + #""payload":{"any":["shape",1,null]}}"#
        #expect(text(try JSON.encode(Self.spec)) == expected)
    }

    @Test("A nested spec round-trips")
    func specRoundTrip() throws {
        let decoded = try JSON.decode(ExperimentSpec.self, from: try JSON.encode(Self.spec))
        #expect(decoded == Self.spec)
    }

    @Test("Optionals: a missing key and an explicit null both decode as nil")
    func optionals() throws {
        let json = #"{"experimentId":"e","mode":"latency","workloads":[],"tags":{},"dryRun":true,"budgetUSD":null}"#
        let spec = try JSON.decode(ExperimentSpec.self, from: utf8(json))
        #expect(spec.budgetUSD == nil)
        #expect(spec.notes == nil)
        #expect(spec.payload == nil)
    }

    @Test("An explicit null for an optional JSONValue decodes as nil, other values as themselves")
    func optionalJSONValue() throws {
        struct Holder: Codable, Equatable { var value: JSONValue? }
        #expect(try JSON.decode(Holder.self, from: utf8(#"{"value":null}"#)).value == nil)
        #expect(try JSON.decode(Holder.self, from: utf8(#"{"value":false}"#)).value == false)
        #expect(try JSON.decode([JSONValue?].self, from: utf8("[null, 1]")) == [nil, 1])
    }

    @Test("Arrays of optionals keep their nulls")
    func arraysOfOptionals() throws {
        let values: [Int?] = [1, nil, 3]
        #expect(text(try JSON.encode(values)) == "[1,null,3]")
        #expect(try JSON.decode([Int?].self, from: utf8("[1,null,3]")) == values)
    }

    @Test("An enum with associated values round-trips through the synthesized layout")
    func enumsWithAssociatedValues() throws {
        let stages: [Stage] = [.applyInfra(plan: "p1"), .pollReadiness(attempt: 2, nodes: ["a", "b"]), .teardown]
        let bytes = try JSON.encode(stages)
        #expect(text(bytes) == #"[{"applyInfra":{"plan":"p1"}},{"pollReadiness":{"attempt":2,"nodes":["a","b"]}},{"teardown":{}}]"#)
        #expect(try JSON.decode([Stage].self, from: bytes) == stages)
    }

    @Test("[String: T] is an object with sorted keys; [Int: T] is an object with decimal string keys")
    func dictionaries() throws {
        let byName = ["b": [1], "a": [2, 3], "é": [], "B": [4]]
        #expect(text(try JSON.encode(byName)) == #"{"B":[4],"a":[2,3],"b":[1],"é":[]}"#)
        #expect(try JSON.decode([String: [Int]].self, from: try JSON.encode(byName)) == byName)

        let byNumber = [10: "ten", 2: "two", -1: "minus one"]
        #expect(text(try JSON.encode(byNumber, options: .sortedKeys)) == #"{"-1":"minus one","10":"ten","2":"two"}"#)
        #expect(try JSON.decode([Int: String].self, from: try JSON.encode(byNumber)) == byNumber)
    }

    @Test("A subclass codes its superclass under \"super\"")
    func superEncoderAndDecoder() throws {
        let dog = Dog(name: "Rex", breed: "lab")
        let bytes = try JSON.encode(dog)
        #expect(text(bytes) == #"{"breed":"lab","super":{"name":"Rex"}}"#)
        #expect(try JSON.decode(Dog.self, from: bytes) == dog)
    }

    @Test("Hand-written nested keyed/unkeyed containers and an unkeyed super encoder round-trip")
    func nestedContainers() throws {
        let grid = Grid(rows: [[1, 2], [], [3]], label: "g", origin: (x: -1, y: 7), footer: "end")
        let bytes = try JSON.encode(grid)
        #expect(text(bytes) == #"[{"size":3,"rows":[[1,2],[],[3]],"meta":{"label":"g","origin":[-1,7]}},"end"]"#)
        #expect(try JSON.decode(Grid.self, from: bytes) == grid)
    }

    @Test("Every numeric type round-trips at its extremes, exactly")
    func numericExtremes() throws {
        let numbers = AllNumbers()
        let bytes = try JSON.encode(numbers)
        let json = try JSON.parse(bytes)
        #expect(json["int128"]?.numberValue?.text == "-170141183460469231731687303715884105728")
        #expect(json["uint128"]?.numberValue?.text == "340282366920938463463374607431768211455")
        #expect(json["uint64"]?.numberValue?.text == "18446744073709551615")
        #expect(json["float"]?.numberValue?.text == "0.1")
        #expect(json["negativeZero"]?.numberValue?.text == "-0")
        let decoded = try JSON.decode(AllNumbers.self, from: bytes)
        #expect(decoded == numbers)
        #expect(decoded.negativeZero.sign == .minus)
    }

    @Test("Whole numbers written with a fraction or exponent decode as integers")
    func integersFromOtherSpellings() throws {
        #expect(try JSON.decode([Int].self, from: utf8("[1.0, 1e3, 2.50e2, -0]")) == [1, 1000, 250, 0])
        #expect(try JSON.decode(UInt8.self, from: utf8("2.55e2")) == 255)
    }

    @Test("Scientific notation decodes to the nearest Double")
    func scientificDoubles() throws {
        #expect(try JSON.decode([Double].self, from: utf8("[1.0E-5, 2.5e+3, 1e-400, 5e-324]")) == [1.0e-5, 2500, 0, 5e-324])
        #expect(try JSON.decode(Float.self, from: utf8("3.4028235e38")) == Float.greatestFiniteMagnitude)
    }

    @Test("Random doubles round-trip bit-exactly through encode and decode")
    func randomDoubles() throws {
        var generator = SeededGenerator(seed: 0xF10A7)
        var values: [Double] = []
        while values.count < 1_000 {
            let value = Double(bitPattern: generator.next())
            if value.isFinite { values.append(value) }
        }
        let decoded = try JSON.decode([Double].self, from: try JSON.encode(values))
        #expect(decoded.map(\.bitPattern) == values.map(\.bitPattern))
    }

    @Test("Strings with every escape and astral characters round-trip")
    func strings() throws {
        let value = "quote\" backslash\\ slash/ \u{0}\u{1}\u{1F} tab\t é € 😀 \u{10FFFF}"
        #expect(try JSON.decode(String.self, from: try JSON.encode(value)) == value)
        #expect(try JSON.decode(String.self, from: utf8(#""\ud83d\ude00""#)) == "😀")
    }

    @Test("Top-level scalars encode and decode")
    func topLevelScalars() throws {
        #expect(text(try JSON.encode(42)) == "42")
        #expect(text(try JSON.encode("x")) == #""x""#)
        #expect(text(try JSON.encode(true)) == "true")
        #expect(text(try JSON.encode(Optional<Int>.none)) == "null")
        #expect(try JSON.decode(Int?.self, from: utf8("null")) == nil)
        #expect(try JSON.decode(Bool.self, from: utf8(" true ")) == true)
    }
}
