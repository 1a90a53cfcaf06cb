import Testing
@testable import JSONCoding

@Suite("Serializer: escaping, numbers, key order and layout")
struct SerializerTests {
    static let document: JSONValue = [
        "name": "echo",
        "sizes": [1, 2.5],
        "empty": [],
        "nested": ["z": .null, "a": true],
        "none": [:],
    ]

    @Test("Every control character is escaped, '/' and non-ASCII are not")
    func escaping() {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        let value = JSONValue.string(controls + "\"\\/é😀\u{7F}")
        let expected = #""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"#
            + #"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"#
            + #"\"\\/é😀"# + "\u{7F}\""
        #expect(text(JSON.serialize(value)) == expected)
    }

    @Test("Escaped output parses back to the same string")
    func escapingRoundTrips() throws {
        let original = "line1\nline2\t\"quoted\" back\\slash \u{0}\u{1F} é 😀 end"
        let bytes = JSON.serialize(.string(original))
        #expect(try JSON.parse(bytes) == .string(original))
    }

    @Test("Numbers are written as their literal text")
    func numbers() throws {
        let value = try JSON.parse(utf8("[0,-0,1.0E-5,2.5e+3,123456789012345678901234567890,1.50]"))
        #expect(text(JSON.serialize(value)) == "[0,-0,1.0E-5,2.5e+3,123456789012345678901234567890,1.50]")
    }

    @Test("Compact output keeps key order")
    func compact() {
        #expect(text(JSON.serialize(Self.document)) == #"{"name":"echo","sizes":[1,2.5],"empty":[],"nested":{"z":null,"a":true},"none":{}}"#)
    }

    @Test("sortedKeys sorts at every level")
    func sortedKeys() {
        #expect(text(JSON.serialize(Self.document, options: .sortedKeys)) == #"{"empty":[],"name":"echo","nested":{"a":true,"z":null},"none":{},"sizes":[1,2.5]}"#)
    }

    @Test("sortedKeys orders by UTF-8 bytes, independent of locale")
    func sortOrderIsBytewise() {
        let value: JSONValue = ["é": 1, "a": 2, "B": 3, "aa": 4, "": 5, "_": 6]
        #expect(text(JSON.serialize(value, options: .sortedKeys)) == #"{"":5,"B":3,"_":6,"a":2,"aa":4,"é":1}"#)
        // Swift's `<` compares canonically equivalent text as equal ("e\u{301}" is "é"); bytes do not.
        let decomposed: JSONValue = ["\u{E9}a": 1, "e\u{301}x": 2]
        #expect(text(JSON.serialize(decomposed, options: .sortedKeys)) == "{\"e\u{301}x\":2,\"\u{E9}a\":1}")
    }

    @Test("Pretty output: two spaces, \"key\": value, empty containers inline, no trailing newline")
    func pretty() {
        let expected = """
        {
          "name": "echo",
          "sizes": [
            1,
            2.5
          ],
          "empty": [],
          "nested": {
            "z": null,
            "a": true
          },
          "none": {}
        }
        """
        #expect(text(JSON.serialize(Self.document, options: .prettyPrinted)) == expected)
    }

    @Test("Pretty and sorted combine")
    func prettySorted() {
        let expected = """
        {
          "empty": [],
          "name": "echo",
          "nested": {
            "a": true,
            "z": null
          },
          "none": {},
          "sizes": [
            1,
            2.5
          ]
        }
        """
        #expect(text(JSON.serialize(Self.document, options: [.prettyPrinted, .sortedKeys])) == expected)
    }

    @Test("Scalars at the top level serialize alone, also when pretty")
    func topLevelScalars() {
        #expect(text(JSON.serialize("a\"b", options: .prettyPrinted)) == #""a\"b""#)
        #expect(text(JSON.serialize(.null)) == "null")
        #expect(text(JSON.serialize(false)) == "false")
        #expect(text(JSON.serialize(-12)) == "-12")
    }

    @Test("withoutEscapingSlashes changes nothing, because slashes are never escaped")
    func withoutEscapingSlashes() {
        let value: JSONValue = ["url": "https://example.com/a/b"]
        #expect(JSON.serialize(value, options: .withoutEscapingSlashes) == JSON.serialize(value))
        #expect(text(JSON.serialize(value)) == #"{"url":"https://example.com/a/b"}"#)
    }

    @Test("description is compact JSON")
    func description() {
        #expect(Self.document["nested"]?.description == #"{"z":null,"a":true}"#)
        let object: JSONObject = ["k": [1, "x"]]
        #expect(object.description == #"{"k":[1,"x"]}"#)
    }
}
