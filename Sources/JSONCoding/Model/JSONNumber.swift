/// A JSON number, kept as its literal text so nothing is lost on the way through: integers of any size
/// (`18446744073709551615`, `2^63-1`), and decimals exactly as written (`1.5e-7`). Conversions to Swift
/// numeric types are exact or fail: `int64` of `1.5` is nil, `int64` of `1e2` is 100.
///
/// Two numbers are equal when their decimal values are equal (`1`, `1.0` and `10e-1` are one number;
/// `-0` equals `0`), whatever their spelling; `text` keeps the spelling.
public struct JSONNumber: Sendable {
    /// The literal, valid per RFC 8259 §6 (e.g. `-12`, `0.5`, `1.0E-5`).
    public let text: String

    /// Wraps text the caller has already checked against the number grammar (the parser does).
    init(validText: String) {
        self.text = validText
    }

    /// A number from its JSON literal, or nil if `text` is not one (`+1`, `01`, `1.`, `NaN`, ` 1` are not).
    public init?(text: String) {
        var copy = text
        let valid = copy.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, first == ASCII.minus || ASCII.isDigit(first) else { return false }
            return JSONNumberGrammar.scan(bytes, from: 0) == .end(bytes.count)
        }
        guard valid else { return nil }
        self.text = text
    }

    /// An integer, written in decimal.
    public init<T: BinaryInteger>(_ value: T) {
        self.text = String(value)
    }

    /// The shortest text that reads back as exactly `value` (`Double.description`, with a trailing `.0`
    /// dropped as Foundation's JSONEncoder does: 3.0 → `3`), or nil for infinities and NaN, which JSON
    /// cannot represent.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.text = Self.trimmingPointZero(value.description)
    }

    /// Like `init?(_: Double)`, with `Float`'s own shortest text (0.1 stays `0.1`, not 0.10000000149011612).
    public init?(_ value: Float) {
        guard value.isFinite else { return nil }
        self.text = Self.trimmingPointZero(value.description)
    }

    private static func trimmingPointZero(_ text: String) -> String {
        text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
