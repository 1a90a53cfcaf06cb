/// Writes the small YAML files OMB reads (Jackson over SnakeYAML, YAML 1.1), safely for any string:
///
/// - every string is a double-quoted scalar, so no value can be read as a number, boolean, null, comment,
///   anchor, tag, or a `key: value` of its own (`"yes"`, `"1e3"`, `"# x"`, `"a: b"` all stay strings);
/// - inside the quotes, `"` and `\` are escaped, and every character that could end the line or hide in it
///   (C0/C1 controls, DEL, U+2028, U+2029, U+FEFF) is written as an escape (`\n`, `\t`, `\u2028`), so a value
///   always stays on its own line;
/// - numbers are written in plain decimal (YAML 1.1 reads `1e-05` as a string), booleans as `true`/`false`;
/// - keys must be plain identifiers (they are ours, never user input): anything else stops the program.
///
/// See: https://yaml.org/spec/1.1/#id905860 (double-quoted style) and
/// https://yaml.org/spec/1.2.2/#57-escaped-characters
public enum YAMLWriter {
    /// The document: optional comment lines (`#` is added; they must be ours, not user input), then the
    /// entries, with a blank line between top-level mappings for readability.
    public static func document(_ entries: [YAMLEntry], comments: [String] = []) -> String {
        var output = ""
        for comment in comments {
            precondition(!comment.contains(where: \.isNewline), "a YAML comment must be one line")
            output += "# " + comment + "\n"
        }
        if !comments.isEmpty { output += "\n" }
        var previousWasMapping = false
        for (index, entry) in entries.enumerated() {
            let isMapping: Bool
            if case .mapping = entry.value { isMapping = true } else { isMapping = false }
            if index > 0 && (isMapping || previousWasMapping) { output += "\n" }
            write(entry, indent: 0, into: &output)
            previousWasMapping = isMapping
        }
        return output
    }

    private static func write(_ entry: YAMLEntry, indent: Int, into output: inout String) {
        precondition(isPlainKey(entry.key), "YAML keys must be plain identifiers, got \(entry.key)")
        let padding = String(repeating: " ", count: indent)
        switch entry.value {
        case .mapping(let entries):
            output += padding + entry.key + ":\n"
            for child in entries {
                write(child, indent: indent + 2, into: &output)
            }
        default:
            output += padding + entry.key + ": " + scalar(entry.value) + "\n"
        }
    }

    /// A scalar as written after `key: `.
    static func scalar(_ value: YAMLValue) -> String {
        switch value {
        case .string(let text): return quoted(text)
        case .int(let number): return String(number)
        case .double(let number): return plainDecimal(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .mapping: preconditionFailure("a mapping is not a scalar")
        }
    }

    /// `text` as a YAML double-quoted scalar.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                    || value == 0xFEFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A finite double in plain decimal with a fractional part (`0.5`, `1.0`, `0.000015`), never exponent
    /// notation, which YAML 1.1 does not read as a float without a dot in the mantissa.
    static func plainDecimal(_ value: Double) -> String {
        precondition(value.isFinite, "YAML numbers must be finite")
        let text = value.description  // shortest round-trip form, e.g. 0.5, 1.0, 1.5e-05, 1e+16
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        let negative = text.hasPrefix("-")
        let mantissa = text[text.index(text.startIndex, offsetBy: negative ? 1 : 0)..<e]
        guard let exponent = Int(text[text.index(after: e)...]) else { preconditionFailure("unexpected Double text \(text)") }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = String(parts[0])
        let fractionDigits = parts.count > 1 ? String(parts[1]) : ""
        let digits = integerDigits + fractionDigits
        let point = integerDigits.count + exponent  // position of the decimal point within `digits`
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            let index = digits.index(digits.startIndex, offsetBy: point)
            result = String(digits[..<index]) + "." + String(digits[index...])
        }
        return (negative ? "-" : "") + result
    }

    private static func isPlainKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.isASCIILetter else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }
}
