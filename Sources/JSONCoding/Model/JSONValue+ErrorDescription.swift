extension JSONValue {
    /// How a decoding error names a value it did not expect: `the string "1kb"`, `the number 1.5`,
    /// `true`, `null`, `an array`, `an object`. Long strings are cut, so an error stays one short line.
    var descriptionForError: String {
        switch self {
        case .null:
            return "null"
        case .bool(let value):
            return value ? "true" : "false"
        case .number(let number):
            return "the number \(number.text)"
        case .string(let string):
            return "the string " + JSONQuoting.quoted(string)
        case .array(let elements):
            return elements.isEmpty ? "an empty array" : "an array"
        case .object(let object):
            return object.isEmpty ? "an empty object" : "an object"
        }
    }
}
