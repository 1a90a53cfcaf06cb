/// Writes a coding path the way people read JSON: `workloads[0].messageSize`, `tags["team-name"]`,
/// `$[2].id` (a leading index or quoted key is anchored with `$`), and `$` for the root.
enum JSONPathFormatter {
    static func format(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "$" }
        var text = ""
        for key in path {
            if let index = arrayIndex(of: key) {
                if text.isEmpty { text = "$" }
                text += "[\(index)]"
            } else if isIdentifier(key.stringValue) {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            } else {
                if text.isEmpty { text = "$" }
                text += "[" + JSONQuoting.quoted(key.stringValue, limit: nil) + "]"
            }
        }
        return text
    }

    /// The array position a key stands for: this module's index keys, and keys in the "Index N" form that
    /// Foundation's coders use. Integer keys of a `[Int: T]` dictionary are object keys, not positions.
    static func arrayIndex(of key: any CodingKey) -> Int? {
        if let key = key as? JSONCodingKey {
            if case .index(let index) = key { return index }
            return nil
        }
        if let index = key.intValue, key.stringValue == "Index \(index)" { return index }
        return nil
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`: keys written after a dot; anything else is written as `["..."]`.
    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return key.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || ASCII.isDigit($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
