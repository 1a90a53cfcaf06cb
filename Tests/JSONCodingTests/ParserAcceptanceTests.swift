import Testing
@testable import JSONCoding

@Suite("Parser: what strict RFC 8259 JSON accepts")
struct ParserAcceptanceTests {
    @Test("Any value may stand at the top level, with RFC whitespace around it", arguments: [
        ("1", JSONValue.number(1)),
        ("\"a\"", "a"),
        ("true", true),
        ("false", false),
        ("null", .null),
        (" \t\r\n[] \n", []),
        ("\n{}\t", [:]),
        ("[ ]", []),
        ("{ }", [:]),
        ("-0", .number(JSONNumber(text: "-0")!)),
    ] as [(String, JSONValue)])
    func topLevelValues(input: String, expected: JSONValue) throws {
        #expect(try JSON.parse(utf8(input)) == expected)
    }

    @Test("Integers beyond 64 bits keep their exact digits")
    func bigIntegersKeepTheirDigits() throws {
        let input = "[9223372036854775807, -9223372036854775808, 18446744073709551615, 123456789012345678901234567890]"
        let value = try JSON.parse(utf8(input))
        #expect(value[0]?.int64Value == Int64.max)
        #expect(value[1]?.int64Value == Int64.min)
        #expect(value[2]?.int64Value == nil)
        #expect(value[2]?.uint64Value == UInt64.max)
        #expect(value[3]?.numberValue?.text == "123456789012345678901234567890")
        #expect(value[3]?.uint64Value == nil)
        #expect(text(JSON.serialize(value)) == input.filter { $0 != " " })
    }

    @Test("Scientific notation reads as the right double and keeps its spelling", arguments: [
        ("1.0E-5", 1.0e-5),
        ("2.5e+3", 2500.0),
        ("1.5e-7", 1.5e-7),
        ("-1E2", -100.0),
        ("0.1", 0.1),
        ("1e0", 1.0),
        ("6.02214076e23", 6.02214076e23),
    ])
    func scientificNotation(literal: String, expected: Double) throws {
        let value = try JSON.parse(utf8(literal))
        #expect(value.doubleValue == expected)
        #expect(value.numberValue?.text == literal)
        #expect(text(JSON.serialize(value)) == literal)
    }

    @Test("Every escape decodes, including a surrogate pair for an emoji")
    func allEscapes() throws {
        let input = #""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\ud83d\ude00\u0000""#
        let value = try JSON.parse(utf8(input))
        #expect(value == .string("\"\\/\u{08}\u{0C}\n\r\tAé€😀\u{0}"))
    }

    @Test("Surrogate pairs at both ends of the range decode to U+10000 and U+10FFFF")
    func surrogatePairBounds() throws {
        #expect(try JSON.parse(utf8(#""\ud800\udc00|\uDBFF\uDFFF""#)) == .string("\u{10000}|\u{10FFFF}"))
    }

    @Test("Raw UTF-8 of every length passes through unchanged")
    func rawUTF8() throws {
        let string = "aé€😀\u{10FFFF}"
        #expect(try JSON.parse(utf8("\"\(string)\"")) == .string(string))
    }

    @Test("A string with escapes after plain text and plain text after escapes decodes fully")
    func escapesInTheMiddle() throws {
        #expect(try JSON.parse(utf8(#""plain then \n escape then plain é""#)) == .string("plain then \n escape then plain é"))
    }

    @Test("Object keys keep document order")
    func keyOrder() throws {
        let value = try JSON.parse(utf8(#"{"z": 1, "a": 2, "m": {"y": 0, "b": 1}}"#))
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value["m"]?.objectValue?.keys == ["y", "b"])
        #expect(text(JSON.serialize(value)) == #"{"z":1,"a":2,"m":{"y":0,"b":1}}"#)
    }

    @Test("Nesting up to the limit (512) parses")
    func nestingAtTheLimit() throws {
        let depth = JSONLimits.maximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try JSON.parse(utf8(arrays))
        var levels = 0
        while case .array(let elements) = value {
            levels += 1
            value = elements.first ?? .null
        }
        #expect(levels == depth)

        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(try JSON.parse(utf8(objects)).objectValue != nil)
    }

    @Test("Objects larger than the hash-index threshold find and reject keys correctly")
    func largeObjects() throws {
        let members = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let value = try JSON.parse(utf8("{\(members)}"))
        #expect(value.objectValue?.count == 100)
        for index in [0, 11, 12, 13, 57, 99] {
            #expect(value["k\(index)"]?.intValue == index)
        }
        #expect(value["k100"] == nil)
        let error = parseError(utf8("{\(members), \"k57\": 0}"))
        #expect(error?.code == .duplicateKey)
        #expect(error?.message.hasPrefix(#"duplicate key "k57""#) == true)
    }

    @Test("A document of typical Lambda-event shape parses to the expected tree")
    func typicalEvent() throws {
        let input = """
        {
          "version": "0",
          "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
          "detail-type": "EC2 Instance State-change Notification",
          "time": "2017-12-22T18:43:48Z",
          "resources": ["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"],
          "detail": {"instance-id": "i-1234567890abcdef0", "state": "terminated", "count": 3, "ratio": 0.25}
        }
        """
        let value = try JSON.parse(utf8(input))
        #expect(value["detail"]?["state"]?.stringValue == "terminated")
        #expect(value["detail"]?["count"]?.intValue == 3)
        #expect(value["detail"]?["ratio"]?.doubleValue == 0.25)
        #expect(value["resources"]?[0]?.stringValue?.hasPrefix("arn:aws:ec2:") == true)
        #expect(value.objectValue?.keys == ["version", "id", "detail-type", "time", "resources", "detail"])
    }
}
