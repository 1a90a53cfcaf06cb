/// Literal syntax for building values in tests and events:
/// `let event: JSONValue = ["id": "exp-1", "sizes": [1, 2.5], "dryRun": false, "note": .null]`.
///
/// There is deliberately no `ExpressibleByNilLiteral`: with it, `flag ? value : nil` typed `JSONValue?`
/// silently becomes `.some(.null)` instead of `nil`, and `?? nil` turns "absent" into "null". Write `.null`.
extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .number(JSONNumber(floatLiteral: value)) }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Keys in the order written; a repeated key stops the program.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(uniqueKeysWithValues: elements))
    }
}
