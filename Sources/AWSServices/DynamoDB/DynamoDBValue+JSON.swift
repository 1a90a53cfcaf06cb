import JSONCoding

/// Converting between plain JSON documents and DynamoDB values, to store and read back a JSON record
/// (an experiment, a summary) attribute by attribute.
extension DynamoDBValue {
    /// JSON objects become `M`, arrays `L`, strings `S`, numbers `N` (their exact text), booleans `BOOL`,
    /// `null` `NULL`.
    public init(json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .number(let number): self = .number(number.text)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .list(elements.map(DynamoDBValue.init(json:)))
        case .object(let object):
            var map: [String: DynamoDBValue] = [:]
            for (key, value) in object { map[key] = DynamoDBValue(json: value) }
            self = .map(map)
        }
    }

    /// The plain JSON form: `M` an object (keys sorted, for stable output), `L` and `SS` arrays, `N` a
    /// number (or its text as a string in the unlikely case it is not a valid JSON number, e.g. `.5`).
    public var jsonValue: JSONValue {
        switch self {
        case .string(let text): return .string(text)
        case .number(let text): return JSONNumber(text: text).map(JSONValue.number) ?? .string(text)
        case .bool(let value): return .bool(value)
        case .null: return .null
        case .list(let elements): return .array(elements.map(\.jsonValue))
        case .stringSet(let strings): return .array(strings.map(JSONValue.string))
        case .map(let map):
            return .object(JSONObject(uniqueKeysWithValues: map.keys.sorted().map { ($0, map[$0]!.jsonValue) }))
        }
    }
}
