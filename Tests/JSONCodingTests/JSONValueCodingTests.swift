import Testing
@testable import JSONCoding

@Suite("JSONValue inside Codable types: the raw subtree, exactly")
struct JSONValueCodingTests {
    struct Envelope: Codable, Equatable {
        var id: String
        var payload: JSONValue
        var extras: [String: JSONValue]
        var items: [JSONValue]
        var object: JSONObject
        var number: JSONNumber
        var deep: Deep

        struct Deep: Codable, Equatable {
            var inner: [Inner]
        }

        struct Inner: Codable, Equatable {
            var raw: JSONValue
        }
    }

    static let document = """
    {"id":"e1","payload":{"z":123456789012345678901234567890,"f":1.50,"a":[{"deep":[[[null,"\\u00e9"]]]}]},\
    "extras":{"k":1e-7},"items":[true,{"b":2,"a":1}],"object":{"y":1,"x":2},"number":1.000,\
    "deep":{"inner":[{"raw":{"q":[1,2,3],"p":"\\n"}}]}}
    """

    @Test("Decoding JSONValue at any depth yields the parsed subtree, with number text and key order")
    func rawSubtrees() throws {
        let parsed = try JSON.parse(utf8(Self.document))
        let envelope = try JSON.decode(Envelope.self, from: utf8(Self.document))
        #expect(envelope.payload == parsed["payload"])
        #expect(envelope.payload.objectValue?.keys == ["z", "f", "a"])
        #expect(envelope.payload["z"]?.numberValue?.text == "123456789012345678901234567890")
        #expect(envelope.payload["f"]?.numberValue?.text == "1.50")
        #expect(envelope.items == parsed["items"]?.arrayValue)
        #expect(envelope.object.keys == ["y", "x"])
        #expect(envelope.number.text == "1.000")
        #expect(envelope.extras["k"]?.numberValue?.text == "1e-7")
        #expect(envelope.deep.inner[0].raw == parsed["deep"]?["inner"]?[0]?["raw"])
    }

    @Test("Re-encoding writes raw subtrees back byte for byte")
    func rawSubtreesReencodeExactly() throws {
        let envelope = try JSON.decode(Envelope.self, from: utf8(Self.document))
        let expected = text(JSON.serialize(try JSON.parse(utf8(Self.document))))
        #expect(text(try JSON.encode(envelope)) == expected)
    }

    @Test("Decoding JSONValue at the root equals parsing")
    func rootValue() throws {
        let bytes = utf8(Self.document)
        #expect(try JSON.decode(JSONValue.self, from: bytes) == (try JSON.parse(bytes)))
        let value: JSONValue = ["a": [1, 2.5, "x", .null, true, [:]]]
        #expect(try JSON.decode(JSONValue.self, from: value) == value)
    }

    @Test("encodeToValue gives the tree, so a caller can add a field before sending (the echo fixture's move)")
    func encodeToValueThenAddField() throws {
        var value = try JSON.encodeToValue(Envelope.Inner(raw: ["q": 1]))
        guard case .object(var object) = value else {
            Issue.record("expected an object, got \(value)")
            return
        }
        object["echoedAt"] = "2026-01-01T00:00:00Z"
        value = .object(object)
        #expect(text(JSON.serialize(value)) == #"{"raw":{"q":1},"echoedAt":"2026-01-01T00:00:00Z"}"#)
    }

    @Test("decode(_:from: JSONValue) decodes a typed value out of a parsed event")
    func decodeFromValue() throws {
        let event = try JSON.parse(utf8(#"{"detail":{"name":"w","topics":1,"messageSize":2,"rates":[0.5]}}"#))
        let workload = try JSON.decode(Workload.self, from: event["detail"] ?? .null)
        #expect(workload == Workload(name: "w", topics: 1, messageSize: 2, rates: [0.5], partitionsPerTopic: nil))
    }

    @Test("JSONNumber and JSONObject properties reject the wrong kind with a path")
    func rawTypeMismatch() {
        struct Holder: Decodable { var number: JSONNumber; var object: JSONObject }
        let numberError = decodingError(Holder.self, from: #"{"number":"1","object":{}}"#)
        #expect(numberError?.summary == #"number: expected a number, found the string "1""#)
        let objectError = decodingError(Holder.self, from: #"{"number":1,"object":[]}"#)
        #expect(objectError?.summary == "object: expected an object, found an empty array")
    }
}
