/// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF (or begins or
/// ends with a space, which some readers trim), with inner quotes doubled.
///
/// See: https://www.rfc-editor.org/rfc/rfc4180#section-2
enum CSVField {
    /// RFC 4180 ends every record with CRLF.
    static let recordSeparator = "\r\n"

    static func quote(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    static func record(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + recordSeparator
    }
}
