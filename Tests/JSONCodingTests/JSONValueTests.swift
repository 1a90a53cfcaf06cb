import Testing
@testable import JSONCoding

@Suite("JSONValue: accessors and literals")
struct JSONValueTests {
    static let event: JSONValue = [
        "id": "exp-1",
        "count": 3,
        "ratio": 0.5,
        "big": .number(JSONNumber(UInt64.max)),
        "dryRun": false,
        "note": .null,
        "workloads": [["name": "w1", "sizes": [1, 2]]],
    ]

    @Test("Subscripts chain through objects and arrays, nil when absent or of another kind")
    func subscripts() {
        #expect(Self.event["workloads"]?[0]?["sizes"]?[1]?.intValue == 2)
        #expect(Self.event["workloads"]?[1] == nil)
        #expect(Self.event["workloads"]?[-1] == nil)
        #expect(Self.event["missing"] == nil)
        #expect(Self.event["id"]?["x"] == nil)
        #expect(Self.event[0] == nil)
    }

    @Test("Typed accessors return the value only for the matching kind")
    func typedAccessors() {
        #expect(Self.event["id"]?.stringValue == "exp-1")
        #expect(Self.event["count"]?.intValue == 3)
        #expect(Self.event["count"]?.int64Value == 3)
        #expect(Self.event["count"]?.doubleValue == 3)
        #expect(Self.event["ratio"]?.doubleValue == 0.5)
        #expect(Self.event["ratio"]?.intValue == nil)
        #expect(Self.event["big"]?.uint64Value == UInt64.max)
        #expect(Self.event["big"]?.int64Value == nil)
        #expect(Self.event["dryRun"]?.boolValue == false)
        #expect(Self.event["note"]?.isNull == true)
        #expect(Self.event["id"]?.isNull == false)
        #expect(Self.event["id"]?.intValue == nil)
        #expect(Self.event["count"]?.stringValue == nil)
        #expect(Self.event["workloads"]?.arrayValue?.count == 1)
        #expect(Self.event.objectValue?.keys.first == "id")
        #expect(Self.event["id"]?.numberValue == nil)
    }

    @Test("Literals build the same tree as parsing")
    func literalsMatchParsing() throws {
        let parsed = try JSON.parse(utf8(#"{"id":"exp-1","count":3,"ratio":0.5,"big":18446744073709551615,"dryRun":false,"note":null,"workloads":[{"name":"w1","sizes":[1,2]}]}"#))
        #expect(parsed == Self.event)
        #expect(parsed.objectValue?.keys == Self.event.objectValue?.keys)
    }

    @Test("Values are usable as set members and dictionary keys")
    func hashable() throws {
        let values: Set<JSONValue> = [1, 1.0, "1", [1], ["a": 1], .null, true]
        #expect(values.count == 6)
        #expect(values.contains(try JSON.parse(utf8("1e0"))))
    }
}
