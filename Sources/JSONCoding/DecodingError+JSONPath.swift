/// Naming the field at fault in a decoding error, for logs and for the Lambda runtime's `InvalidEvent`
/// error. Works for any `DecodingError`; the messages are most precise for errors thrown by `JSON.decode`.
extension DecodingError {
    /// Where the error is, as a path: `workloads[0].messageSize`, `tags["team-name"]`, `$[2]`, or `$` for the
    /// root. For `keyNotFound` the path ends with the missing key.
    public var jsonPath: String {
        switch self {
        case .keyNotFound(let key, let context):
            return JSONPathFormatter.format(context.codingPath + [key])
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return JSONPathFormatter.format(context.codingPath)
        @unknown default:
            return "$"
        }
    }

    /// One line saying what was wrong where, e.g.
    /// `workloads[0].messageSize: expected Int, found the string "1kb"` or
    /// `workloads[0].topics: required key is missing`.
    public var summary: String {
        switch self {
        case .keyNotFound:
            return "\(jsonPath): required key is missing"
        case .typeMismatch(let type, let context):
            return "\(jsonPath): " + Self.oneLine(context.debugDescription, orElse: "expected \(type)")
        case .valueNotFound(let type, let context):
            return "\(jsonPath): " + Self.oneLine(context.debugDescription, orElse: "expected \(type), found null")
        case .dataCorrupted(let context):
            return "\(jsonPath): " + Self.oneLine(context.debugDescription, orElse: "invalid value")
        @unknown default:
            return "\(jsonPath): \(self)"
        }
    }

    private static func oneLine(_ text: String, orElse fallback: String) -> String {
        guard !text.isEmpty else { return fallback }
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }
}
