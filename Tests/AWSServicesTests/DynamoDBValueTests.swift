import AWSCore
import AWSServices
import JSONCoding
import Testing

@Suite("DynamoDBValue: attribute values and their conversions")
struct DynamoDBValueTests {
    @Test("Literals make the expected types; accessors read them back, and nothing else")
    func literalsAndAccessors() {
        let item: DynamoDBItem = [
            "s": "text", "n": 42, "f": 1.5, "b": true, "l": ["a", 1], "m": ["k": "v"], "z": .null, "ss": .stringSet(["x"]),
            "i": "run-\(7)",
        ]
        #expect(item["s"] == .string("text") && item["s"]?.stringValue == "text" && item["s"]?.intValue == nil)
        #expect(item["n"] == .number("42") && item["n"]?.intValue == 42 && item["n"]?.int64Value == 42 && item["n"]?.stringValue == nil)
        #expect(item["f"]?.doubleValue == 1.5 && item["f"]?.intValue == nil)
        #expect(item["b"]?.boolValue == true)
        #expect(item["l"]?.listValue == [.string("a"), .number("1")])
        #expect(item["m"]?["k"] == "v")
        #expect(item["z"]?.isNull == true && item["s"]?.isNull == false)
        #expect(item["ss"]?.stringSetValue == ["x"])
        #expect(item["i"] == "run-7")
        #expect(DynamoDBValue.number(Int64.max) == .number("9223372036854775807"))
        #expect(DynamoDBValue.number(Double.nan) == nil && DynamoDBValue.number(0.1) == .number("0.1"))
    }

    @Test("Plain JSON converts to attribute values and back, numbers exactly")
    func jsonRoundTrip() throws {
        let json = try JSON.parse(Array(#"{"id":"e1","n":12345678901234567890.5,"ok":true,"none":null,"list":[1,"two",{"x":[]}],"map":{"b":1,"a":2}}"#.utf8))
        let value = DynamoDBValue(json: json)
        #expect(value["n"] == .number("12345678901234567890.5"))
        #expect(value["none"] == .null)
        #expect(value.jsonValue == json)
        #expect(DynamoDBValue.stringSet(["a", "b"]).jsonValue == ["a", "b"])
        #expect(String(decoding: JSON.serialize(DynamoDBValue(json: ["b": 1, "a": 2]).jsonValue), as: UTF8.self) == #"{"a":2,"b":1}"#)
    }

    @Test("Items read from DynamoDB JSON; an attribute type we do not model is named with its path")
    func wireDecoding() throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(#"{"Item":{"pk":{"S":"a"},"n":{"N":"-0.5"},"m":{"M":{"l":{"L":[{"BOOL":false},{"NULL":true},{"SS":["x","y"]}]}}}}}"#),
            ScriptedTransport.json(#"{"Item":{"pk":{"S":"a"},"blob":{"B":"aGk="}}}"#),
            ScriptedTransport.json("{}"),
        ])
        let dynamoDB = DynamoDBClient(client: transport.client())
        let request = GetItemRequest(tableName: "t", key: ["pk": "a"])
        #expect(try dynamoDB.getItem(request) == ["pk": "a", "n": .number("-0.5"), "m": ["l": [false, .null, .stringSet(["x", "y"])]]])
        let error = try #require(throws: AWSError.self) { try dynamoDB.getItem(request) }
        #expect(error.message.contains("Item.blob has type 'B'"), "\(error)")
        #expect(try dynamoDB.getItem(request) == nil, "no Item member: no item")
    }

    @Test("ConditionalCheckFailedException is recognisable; other errors are not")
    func conditionalCheckFailed() {
        let failed = AWSError(kind: .service, service: "DynamoDB", operation: "PutItem", code: "ConditionalCheckFailedException", message: "The conditional request failed")
        #expect(failed.isConditionalCheckFailed)
        #expect(!AWSError(kind: .service, code: "ValidationException", message: "").isConditionalCheckFailed)
        #expect(!AWSError(kind: .malformedResponse, code: "ConditionalCheckFailedException", message: "").isConditionalCheckFailed)
    }
}
