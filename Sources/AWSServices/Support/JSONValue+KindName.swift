import JSONCoding

extension JSONValue {
    /// What kind of value this is, for messages: `a string`, `null`, `an object`, …
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
