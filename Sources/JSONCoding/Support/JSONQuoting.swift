/// Quoting strings inside messages: JSON-escaped, so control characters and quotes are visible and the
/// message stays on one line.
enum JSONQuoting {
    /// `string` as a JSON string literal, cut after `limit` characters with "…" (nil: never cut).
    static func quoted(_ string: String, limit: Int? = JSONLimits.describedStringLength) -> String {
        var shown = string
        if let limit, string.count > limit { shown = String(string.prefix(limit)) + "…" }
        var serializer = JSONSerializer(options: [])
        serializer.write(string: shown)
        return String(decoding: serializer.output, as: UTF8.self)
    }
}
