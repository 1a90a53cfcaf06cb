/// How `JSON.encode` and `JSON.serialize` lay out their output.
public struct JSONEncodingOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Object keys sorted by their UTF-8 bytes (locale-independent; "B" < "a" < "é"), at every level.
    /// Without it, keys keep their order: parse order for parsed values, encoding order for `Encodable`
    /// types (declaration order for synthesized conformances).
    public static let sortedKeys = JSONEncodingOptions(rawValue: 1 << 0)

    /// Two-space indentation, one element per line, `"key": value`; `[]` and `{}` when empty.
    public static let prettyPrinted = JSONEncodingOptions(rawValue: 1 << 1)

    /// Accepted for source compatibility with Foundation's `JSONEncoder`; has no effect, because this
    /// module never escapes `/`.
    public static let withoutEscapingSlashes = JSONEncodingOptions(rawValue: 1 << 2)
}
