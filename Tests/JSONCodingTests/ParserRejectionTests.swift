import Testing
@testable import JSONCoding

/// One input the parser must reject, with the error it must give.
struct RejectionCase: Sendable, CustomTestStringConvertible {
    let input: [UInt8]
    let code: JSONParseError.Code
    let offset: Int
    /// Must appear in the error's message.
    let fragment: String

    init(_ input: String, _ code: JSONParseError.Code, at offset: Int, _ fragment: String) {
        self.input = Array(input.utf8)
        self.code = code
        self.offset = offset
        self.fragment = fragment
    }

    init(bytes: [UInt8], _ code: JSONParseError.Code, at offset: Int, _ fragment: String) {
        self.input = bytes
        self.code = code
        self.offset = offset
        self.fragment = fragment
    }

    var testDescription: String { "\(code) at \(offset): \(JSONParseError.excerpt(of: input))" }
}

extension JSONParseError {
    /// The whole (short) input rendered the way excerpts render it, for test names.
    static func excerpt(of input: [UInt8]) -> String {
        input.withUnsafeBufferPointer { excerpt(of: $0, around: input.count) }
    }
}

@Suite("Parser: what it rejects, and how the error reads")
struct ParserRejectionTests {
    static let cases: [RejectionCase] = [
        // Structure
        RejectionCase(#"{"a":[1,,2]}"#, .unexpectedCharacter, at: 8, "unexpected ',' at line 1, column 9 (offset 8): expected a value"),
        RejectionCase("[1,2,]", .unexpectedCharacter, at: 5, "unexpected ']' at line 1, column 6 (offset 5): expected a value (trailing commas are not allowed)"),
        RejectionCase(#"{"a":1,}"#, .unexpectedCharacter, at: 7, "unexpected '}' at line 1, column 8 (offset 7): expected a key in double quotes (trailing commas are not allowed)"),
        RejectionCase("[1 2]", .unexpectedCharacter, at: 3, "unexpected '2' at line 1, column 4 (offset 3): expected ',' or ']' after an array element"),
        RejectionCase(#"{"a":1 "b":2}"#, .unexpectedCharacter, at: 7, "expected ',' or '}' after an object member"),
        RejectionCase(#"{"a" 1}"#, .unexpectedCharacter, at: 5, "unexpected '1' at line 1, column 6 (offset 5): expected ':' after the key"),
        RejectionCase("{a:1}", .unexpectedCharacter, at: 1, "unexpected 'a' at line 1, column 2 (offset 1): expected a key in double quotes"),
        RejectionCase("1 2", .unexpectedCharacter, at: 2, "expected the end of the input after the top-level value"),
        RejectionCase("[]]", .unexpectedCharacter, at: 2, "unexpected ']'"),
        RejectionCase("", .unexpectedEndOfInput, at: 0, "unexpected end of input at line 1, column 1 (offset 0): expected a value"),
        RejectionCase(" \n ", .unexpectedEndOfInput, at: 3, "unexpected end of input at line 2, column 2 (offset 3): expected a value"),
        RejectionCase("[1,2", .unexpectedEndOfInput, at: 4, "unexpected end of input at line 1, column 5 (offset 4): expected ',' or ']'"),
        RejectionCase(#"{"a":"#, .unexpectedEndOfInput, at: 5, "expected a value"),
        RejectionCase(#"{"a""#, .unexpectedEndOfInput, at: 4, "expected ':' after the key"),
        RejectionCase("{", .unexpectedEndOfInput, at: 1, "expected a key in double quotes"),
        // Things JSON is not
        RejectionCase("// note\n1", .unexpectedCharacter, at: 0, "expected a value (comments are not allowed in JSON)"),
        RejectionCase("[1 /* note */]", .unexpectedCharacter, at: 3, "unexpected '/'"),
        RejectionCase("'a'", .unexpectedCharacter, at: 0, "expected a value (strings must be in double quotes)"),
        RejectionCase("NaN", .unexpectedCharacter, at: 0, "expected a value (NaN and Infinity are not JSON numbers)"),
        RejectionCase("[Infinity]", .unexpectedCharacter, at: 1, "NaN and Infinity are not JSON numbers"),
        RejectionCase("-Infinity", .invalidNumber, at: 1, "invalid number at line 1, column 2 (offset 1): expected a digit after '-'"),
        RejectionCase("True", .unexpectedCharacter, at: 0, "true and false are lowercase"),
        RejectionCase("undefined", .unexpectedCharacter, at: 0, "expected a value"),
        RejectionCase("tru", .invalidLiteral, at: 0, "invalid literal at line 1, column 1 (offset 0): expected 'true'"),
        RejectionCase("[nul]", .invalidLiteral, at: 1, "expected 'null'"),
        RejectionCase("falsy", .invalidLiteral, at: 0, "expected 'false'"),
        RejectionCase("nullx", .unexpectedCharacter, at: 4, "unexpected 'x'"),
        RejectionCase("\u{00A0}1", .unexpectedCharacter, at: 0, "unexpected '\u{00A0}' (U+00A0)"),
        RejectionCase("\u{0C}1", .unexpectedCharacter, at: 0, "unexpected control character U+000C"),
        // Numbers
        RejectionCase("01", .invalidNumber, at: 0, "invalid number at line 1, column 1 (offset 0): leading zeros are not allowed"),
        RejectionCase("[-012]", .invalidNumber, at: 2, "leading zeros are not allowed"),
        RejectionCase("1.", .invalidNumber, at: 2, "expected a digit after the decimal point"),
        RejectionCase("1.e5", .invalidNumber, at: 2, "expected a digit after the decimal point"),
        RejectionCase(".5", .unexpectedCharacter, at: 0, "a number needs a digit before the decimal point"),
        RejectionCase("+1", .unexpectedCharacter, at: 0, "a number cannot start with '+'"),
        RejectionCase("1e", .invalidNumber, at: 2, "expected a digit in the exponent"),
        RejectionCase("1E+", .invalidNumber, at: 3, "expected a digit in the exponent"),
        RejectionCase("-", .invalidNumber, at: 1, "expected a digit after '-'"),
        RejectionCase("0x10", .unexpectedCharacter, at: 1, "unexpected 'x'"),
        // Strings
        RejectionCase("\"abc", .unexpectedEndOfInput, at: 4, "expected '\"' to close the string that starts at offset 0"),
        RejectionCase("[\"a\nb\"]", .controlCharacterInString, at: 3, "unescaped control character U+000A in a string at line 1, column 4 (offset 3): control characters must be escaped; write it as \\n"),
        RejectionCase("\"\t\"", .controlCharacterInString, at: 1, "write it as \\t"),
        RejectionCase("\"\u{01}\"", .controlCharacterInString, at: 1, "write it as \\u0001"),
        RejectionCase(#""a\x""#, .invalidEscape, at: 2, #"invalid escape sequence '\x' at line 1, column 3 (offset 2)"#),
        RejectionCase(#""\'""#, .invalidEscape, at: 1, #"valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        RejectionCase(#""\u12G4""#, .invalidUnicodeEscape, at: 1, #"\u must be followed by 4 hexadecimal digits"#),
        RejectionCase(#""\u12""#, .invalidUnicodeEscape, at: 1, "invalid \\u escape"),
        RejectionCase(#""\u12"#, .unexpectedEndOfInput, at: 5, "expected 4 hexadecimal digits after \\u"),
        RejectionCase("\"\\", .unexpectedEndOfInput, at: 2, "expected an escape character after '\\'"),
        RejectionCase(#""\ud83d""#, .unpairedSurrogate, at: 1, #"unpaired surrogate \uD83D at line 1, column 2 (offset 1): a high surrogate"#),
        RejectionCase(#""\ud83dx""#, .unpairedSurrogate, at: 1, "unpaired surrogate"),
        RejectionCase(#""\ud83d\u0041""#, .unpairedSurrogate, at: 1, "must be followed by a low surrogate"),
        RejectionCase(#""\ud83d\ud83d""#, .unpairedSurrogate, at: 1, "unpaired surrogate"),
        RejectionCase(#""x\ude00""#, .unpairedSurrogate, at: 2, #"unpaired surrogate \uDE00"#),
        RejectionCase(#""\udfff""#, .unpairedSurrogate, at: 1, #"unpaired surrogate \uDFFF"#),
        RejectionCase(#""\udbff\udbff""#, .unpairedSurrogate, at: 1, #"unpaired surrogate \uDBFF"#),
        RejectionCase(#""\ud83d\u12""#, .invalidUnicodeEscape, at: 7, "invalid \\u escape"),
        // UTF-8
        RejectionCase(bytes: [0x22, 0xFF, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xFF at line 1, column 2 (offset 1): JSON text must be well-formed UTF-8"),
        RejectionCase(bytes: [0x22, 0xC0, 0xAF, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xC0"),
        RejectionCase(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xED"),
        RejectionCase(bytes: [0x22, 0xE2, 0x82, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xE2"),
        RejectionCase(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xF4"),
        RejectionCase(bytes: [0x22, 0xC1, 0xBF, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xC1"),
        RejectionCase(bytes: [0x22, 0xE0, 0x9F, 0xBF, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xE0"),
        RejectionCase(bytes: [0x22, 0xF0, 0x8F, 0xBF, 0xBF, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xF0"),
        RejectionCase(bytes: [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xF5"),
        RejectionCase(bytes: [0x22, 0x61, 0x80, 0x22], .invalidUTF8, at: 2, "invalid UTF-8 byte 0x80"),
        RejectionCase(bytes: [0x22, 0x5C, 0x6E, 0xFE, 0x22], .invalidUTF8, at: 3, "invalid UTF-8 byte 0xFE"),
        RejectionCase(bytes: [0x5B, 0xFF, 0x5D], .invalidUTF8, at: 1, "invalid UTF-8 byte 0xFF at line 1, column 2 (offset 1): expected a value"),
        RejectionCase(bytes: [0xEF, 0xBB, 0xBF, 0x31], .byteOrderMark, at: 0, "byte order mark at line 1, column 1 (offset 0): JSON text must not start with a BOM"),
        // Keys
        RejectionCase(#"{"a":1,"b":2,"a":3}"#, .duplicateKey, at: 13, #"duplicate key "a" at line 1, column 14 (offset 13): each key may appear only once in an object"#),
        RejectionCase(#"{"x":{"a\n":1,"a\u000a":2}}"#, .duplicateKey, at: 14, #"duplicate key "a\n""#),
    ]

    @Test("Rejected input names the problem, its offset and what was expected", arguments: cases)
    func rejects(_ rejection: RejectionCase) {
        guard let error = parseError(rejection.input) else { return }
        #expect(error.code == rejection.code, "\(error)")
        #expect(error.offset == rejection.offset, "\(error)")
        #expect(error.message.contains(rejection.fragment), "message was: \(error.message)")
    }

    @Test("Nesting one level deeper than the limit is rejected at the bracket that crosses it")
    func nestingLimit() {
        let depth = JSONLimits.maximumDepth + 1
        let input = utf8(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        let error = parseError(input)
        #expect(error?.code == .nestingTooDeep)
        #expect(error?.offset == JSONLimits.maximumDepth)
        #expect(error?.message.contains("arrays and objects may nest at most 512 levels deep") == true, "\(String(describing: error))")
    }

    @Test("Hostile nesting (100,000 brackets) fails fast instead of overflowing the stack")
    func hostileNesting() {
        let error = parseError(utf8(String(repeating: "[{\"a\":", count: 50_000)))
        #expect(error?.code == .nestingTooDeep)
    }

    @Test("Line and column count lines and Unicode scalars, offset counts bytes")
    func lineAndColumn() {
        let input = "{\n  \"né\": [1,\n    2,, 3]\n}"
        guard let error = parseError(utf8(input)) else { return }
        #expect(error.line == 3)
        #expect(error.column == 7)
        #expect(error.offset == 21)
        #expect(error.message == "unexpected ',' at line 3, column 7 (offset 21): expected a value")

        guard let utf8Error = parseError(utf8("[\"é€😀\", x]")) else { return }
        #expect(utf8Error.column == 9)
        #expect(utf8Error.offset == 14)
    }

    @Test("The description adds an excerpt with a caret at the error, on one line")
    func excerpt() {
        guard let error = parseError(utf8(#"{"a":[1,,2]}"#)) else { return }
        #expect(error.excerpt == #"{"a":[1,‸,2]}"#)
        #expect(error.description == #"unexpected ',' at line 1, column 9 (offset 8): expected a value; near: {"a":[1,‸,2]}"#)

        let long = "[" + String(repeating: "1,", count: 30) + "x" + String(repeating: ",1", count: 30) + "]"
        guard let longError = parseError(utf8(long)) else { return }
        #expect(longError.excerpt == "…" + String(repeating: "1,", count: 10) + "‸x" + String(repeating: ",1", count: 9) + ",…")

        guard let controlError = parseError(utf8("[\"a\nb\", \u{01}]")) else { return }
        #expect(controlError.excerpt == #"["a‸\nb", \u0001]"#)

        guard let endError = parseError(utf8("[1,")) else { return }
        #expect(endError.excerpt == "[1,‸")

        guard let byteError = parseError([0x22, 0x61, 0xFF, 0x22]) else { return }
        #expect(byteError.excerpt == #""a‸\xff""#)
    }

    @Test("JSON.decode reports text that is not JSON as dataCorrupted at the root, wrapping the parse error")
    func decodeWrapsParseErrors() {
        guard let error = decodingError([Int].self, from: "[1,") else { return }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.codingPath.isEmpty)
        #expect((context.underlyingError as? JSONParseError)?.code == .unexpectedEndOfInput)
        #expect(error.summary == "$: the input is not valid JSON: unexpected end of input at line 1, column 4 (offset 3): expected a value")
    }
}
