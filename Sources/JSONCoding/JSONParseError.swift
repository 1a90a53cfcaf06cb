/// Why a byte sequence is not JSON, and exactly where: a byte offset, a line and column for editors, and a
/// short excerpt around the spot. `description` reads like
///
///     unexpected ',' at line 1, column 9 (offset 8): expected a value; near: {"a": 1,‸,}
///
/// where `‸` marks the position. `JSON.decode` wraps this error in `DecodingError.dataCorrupted`
/// (as its `underlyingError`); `JSON.parse` throws it as is.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem; stable, for callers that switch on it.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The input ended inside a value, or was empty.
        case unexpectedEndOfInput
        /// A byte that cannot stand where it does (including content after the one top-level value).
        case unexpectedCharacter
        /// `tru`, `nul`, `falsy`: a literal that starts right but is not `true`, `false` or `null`.
        case invalidLiteral
        /// A number that breaks the grammar: leading zeros, `1.`, `1e`, `-`.
        case invalidNumber
        /// A backslash followed by something other than `" \ / b f n r t u`.
        case invalidEscape
        /// `\u` not followed by four hexadecimal digits.
        case invalidUnicodeEscape
        /// A `\uD800`–`\uDFFF` escape that is not half of a high+low surrogate pair.
        case unpairedSurrogate
        /// A raw byte below 0x20 inside a string (it must be escaped).
        case controlCharacterInString
        /// Bytes that are not well-formed UTF-8.
        case invalidUTF8
        /// An object that repeats a key.
        case duplicateKey
        /// Arrays and objects nested deeper than the limit (512).
        case nestingTooDeep
        /// The input starts with a UTF-8 byte order mark (RFC 8259 §8.1 forbids sending one).
        case byteOrderMark
    }

    public let code: Code
    /// Zero-based offset of the offending byte in the input (equal to the input's length at end of input).
    public let offset: Int
    /// One-based line (lines end at "\n").
    public let line: Int
    /// One-based column, counted in Unicode scalars from the start of the line.
    public let column: Int
    /// Up to 20 bytes either side of the position, on one line: control characters escaped, invalid bytes
    /// as `\xNN`, `‸` at the position, `…` where the input was cut.
    public let excerpt: String
    /// The problem, its place and what was expected, without the excerpt.
    public let message: String

    public var description: String { "\(message); near: \(excerpt)" }

    public init(code: Code, offset: Int, line: Int, column: Int, excerpt: String, message: String) {
        self.code = code
        self.offset = offset
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.message = message
    }
}
