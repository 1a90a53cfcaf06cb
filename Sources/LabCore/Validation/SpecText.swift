import JSONCoding

/// How problems quote what the user wrote: strings in double quotes with control characters escaped (a
/// newline shows as `\n`, never breaks the message), long values cut, other JSON values named by kind.
enum SpecText {
    /// `"value"` with `"`, `\` and control characters escaped, at most `limit` characters of the value.
    static func quoted(_ value: String, limit: Int = 60) -> String {
        var result = "\""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            result += escaped(scalar)
        }
        return result + "\""
    }

    /// One scalar as it may appear inside a quoted message: printable as is, others as `\n`, `\t`, `\u{..}`.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                return "\\u{" + String(scalar.value, radix: 16) + "}"
            }
            return String(scalar)
        }
    }

    /// How a problem names a JSON value the user wrote: `the string "1kb"`, `the number 1.5`, `true`,
    /// `null`, `an array`, `an object`.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return "the number " + number.text
        case .string(let string): return "the string " + quoted(string)
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
