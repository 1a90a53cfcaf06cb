/// A strict RFC 8259 parser over a byte buffer.
///
/// Accepts exactly the JSON grammar: one value with optional whitespace (space, tab, LF, CR) around it, any
/// value at the top level. Rejects, with a `JSONParseError` that says where and why: trailing commas,
/// comments, single quotes, `NaN`/`Infinity`, leading zeros, `+1`, `.5`, `1.`, control characters in
/// strings, unknown escapes, unpaired surrogate escapes, ill-formed UTF-8 (anywhere), duplicate keys, a
/// byte order mark, content after the value, and nesting deeper than `JSONLimits.maximumDepth`.
///
/// See: https://www.rfc-editor.org/rfc/rfc8259
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// Reused buffer for strings that contain escapes (strings without escapes are copied straight from
    /// the input).
    private var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func parse(_ input: [UInt8]) throws -> JSONValue {
        try input.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            return try parser.parseDocument()
        }
    }

    private mutating func parseDocument() throws -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw JSONParseError(
                .byteOrderMark, problem: "byte order mark",
                hint: "JSON text must not start with a BOM (RFC 8259 §8.1); drop the first 3 bytes",
                offset: 0, in: bytes)
        }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw unexpected(hint: "expected the end of the input after the top-level value")
        }
        return value
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count, ASCII.isWhitespace(bytes[index]) { index += 1 }
    }

    /// Parses the value at `index` (whitespace already skipped).
    private mutating func parseValue() throws -> JSONValue {
        guard index < bytes.count else { throw unexpected(hint: "expected a value") }
        switch bytes[index] {
        case ASCII.quote:
            return .string(try parseString())
        case ASCII.openBrace:
            return .object(try parseObject())
        case ASCII.openBracket:
            return .array(try parseArray())
        case ASCII.lowerT:
            try parseLiteral("true")
            return .bool(true)
        case ASCII.lowerF:
            try parseLiteral("false")
            return .bool(false)
        case ASCII.lowerN:
            try parseLiteral("null")
            return .null
        case ASCII.minus, ASCII.zero...ASCII.nine:
            return .number(try parseNumber())
        default:
            throw unexpected(hint: "expected a value" + Self.valueStartAdvice(bytes[index]))
        }
    }

    /// Why a byte cannot start a value, for the mistakes people actually make.
    private static func valueStartAdvice(_ byte: UInt8) -> String {
        switch byte {
        case ASCII.slash: return " (comments are not allowed in JSON)"
        case UInt8(ascii: "'"): return " (strings must be in double quotes)"
        case UInt8(ascii: "N"), UInt8(ascii: "I"): return " (NaN and Infinity are not JSON numbers)"
        case ASCII.plus: return " (a number cannot start with '+')"
        case ASCII.period: return " (a number needs a digit before the decimal point)"
        case UInt8(ascii: "T"), UInt8(ascii: "F"): return " (true and false are lowercase)"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), ASCII.zero...ASCII.nine:
            return " (strings must be in double quotes)"
        default: return ""
        }
    }

    private mutating func parseLiteral(_ literal: StaticString) throws {
        let start = index
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected -> Bool in
            guard start + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[start + offset] != expected[offset] { return false }
            return true
        }
        guard matches else {
            throw JSONParseError(
                .invalidLiteral, problem: "invalid literal", hint: "expected '\(literal)'",
                offset: start, in: bytes)
        }
        index += count
    }

    private mutating func parseNumber() throws -> JSONNumber {
        let start = index
        switch JSONNumberGrammar.scan(bytes, from: start) {
        case .end(let end):
            index = end
            return JSONNumber(validText: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        case .failure(let failure):
            throw JSONParseError(
                .invalidNumber, problem: "invalid number", hint: failure.explanation,
                offset: failure.offset, in: bytes)
        }
    }

    // MARK: Containers

    private mutating func enterContainer() throws {
        depth += 1
        if depth > JSONLimits.maximumDepth {
            throw JSONParseError(
                .nestingTooDeep, problem: "nesting too deep",
                hint: "arrays and objects may nest at most \(JSONLimits.maximumDepth) levels deep",
                offset: index, in: bytes)
        }
    }

    private mutating func parseArray() throws -> [JSONValue] {
        try enterContainer()
        index += 1
        skipWhitespace()
        var elements: [JSONValue] = []
        if index < bytes.count, bytes[index] == ASCII.closeBracket {
            index += 1
            depth -= 1
            return elements
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(hint: "expected ',' or ']'") }
            let byte = bytes[index]
            if byte == ASCII.comma {
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == ASCII.closeBracket {
                    throw unexpected(hint: "expected a value (trailing commas are not allowed)")
                }
            } else if byte == ASCII.closeBracket {
                index += 1
                break
            } else {
                throw unexpected(hint: "expected ',' or ']' after an array element")
            }
        }
        depth -= 1
        return elements
    }

    private mutating func parseObject() throws -> JSONObject {
        try enterContainer()
        index += 1
        skipWhitespace()
        var storage = OrderedKeyStorage<JSONValue>()
        if index < bytes.count, bytes[index] == ASCII.closeBrace {
            index += 1
            depth -= 1
            return JSONObject(storage: storage)
        }
        while true {
            guard index < bytes.count, bytes[index] == ASCII.quote else {
                throw unexpected(hint: "expected a key in double quotes")
            }
            let keyOffset = index
            let key = try parseString()
            if storage.position(of: key) != nil {
                throw JSONParseError(
                    .duplicateKey, problem: "duplicate key \(JSONQuoting.quoted(key))",
                    hint: "each key may appear only once in an object",
                    offset: keyOffset, in: bytes)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == ASCII.colon else {
                throw unexpected(hint: "expected ':' after the key")
            }
            index += 1
            skipWhitespace()
            storage.appendNew(key, try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(hint: "expected ',' or '}'") }
            let byte = bytes[index]
            if byte == ASCII.comma {
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == ASCII.closeBrace {
                    throw unexpected(hint: "expected a key in double quotes (trailing commas are not allowed)")
                }
            } else if byte == ASCII.closeBrace {
                index += 1
                break
            } else {
                throw unexpected(hint: "expected ',' or '}' after an object member")
            }
        }
        depth -= 1
        return JSONObject(storage: storage)
    }

    // MARK: Strings

    /// Parses the string whose opening quote is at `index`.
    private mutating func parseString() throws -> String {
        let open = index
        index += 1
        let start = index
        // Fast path: no escapes, so the string is a slice of the input (validated as we go).
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return string
            } else if byte == ASCII.backslash {
                return try parseStringWithEscapes(contentStart: start, open: open)
            } else if byte < 0x20 {
                throw controlCharacterInString()
            } else if byte < 0x80 {
                index += 1
            } else {
                index += try utf8SequenceLength()
            }
        }
        throw unterminatedString(open: open)
    }

    /// The slow path of `parseString`, from the first backslash on: decodes into `scratch`, copying runs of
    /// plain bytes in one go.
    private mutating func parseStringWithEscapes(contentStart: Int, open: Int) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = contentStart
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if byte == ASCII.backslash {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                try parseEscape()
                runStart = index
            } else if byte < 0x20 {
                throw controlCharacterInString()
            } else if byte < 0x80 {
                index += 1
            } else {
                index += try utf8SequenceLength()
            }
        }
        throw unterminatedString(open: open)
    }

    /// Decodes the escape sequence at `index` (a backslash) into `scratch`.
    private mutating func parseEscape() throws {
        let escapeOffset = index
        guard index + 1 < bytes.count else {
            throw unexpected(at: index + 1, hint: "expected an escape character after '\\'")
        }
        let escaped = bytes[index + 1]
        let decoded: UInt8
        switch escaped {
        case ASCII.quote, ASCII.backslash, ASCII.slash: decoded = escaped
        case ASCII.lowerB: decoded = 0x08
        case ASCII.lowerF: decoded = 0x0C
        case ASCII.lowerN: decoded = ASCII.newline
        case ASCII.lowerR: decoded = ASCII.carriageReturn
        case ASCII.lowerT: decoded = ASCII.tab
        case ASCII.lowerU:
            try parseUnicodeEscape(at: escapeOffset)
            return
        default:
            let shown = (0x21...0x7E).contains(escaped) ? " '\\\(Character(Unicode.Scalar(escaped)))'" : ""
            throw JSONParseError(
                .invalidEscape, problem: "invalid escape sequence" + shown,
                hint: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                offset: escapeOffset, in: bytes)
        }
        scratch.append(decoded)
        index += 2
    }

    /// Decodes `\uXXXX` (and its low-surrogate partner if it is a high surrogate) at `escapeOffset`.
    private mutating func parseUnicodeEscape(at escapeOffset: Int) throws {
        let unit = try hexQuad(escapeAt: escapeOffset)
        index = escapeOffset + 6
        var scalar = unit
        switch unit {
        case 0xD800...0xDBFF:
            let followedByEscape = index + 1 < bytes.count
                && bytes[index] == ASCII.backslash && bytes[index + 1] == ASCII.lowerU
            let low = followedByEscape ? try hexQuad(escapeAt: index) : nil
            guard let low, (0xDC00...0xDFFF).contains(low) else {
                throw JSONParseError(
                    .unpairedSurrogate, problem: "unpaired surrogate \\u\(Self.hex4(unit))",
                    hint: "a high surrogate (\\uD800-\\uDBFF) must be followed by a low surrogate escape (\\uDC00-\\uDFFF)",
                    offset: escapeOffset, in: bytes)
            }
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            index += 6
        case 0xDC00...0xDFFF:
            throw JSONParseError(
                .unpairedSurrogate, problem: "unpaired surrogate \\u\(Self.hex4(unit))",
                hint: "a low surrogate (\\uDC00-\\uDFFF) is only valid right after a high surrogate escape (\\uD800-\\uDBFF)",
                offset: escapeOffset, in: bytes)
        default:
            break
        }
        UTF8Validation.append(scalar: scalar, to: &scratch)
    }

    /// The four hex digits after the `\u` at `escapeAt`.
    private func hexQuad(escapeAt offset: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for position in offset + 2..<offset + 6 {
            guard position < bytes.count else {
                throw unexpected(at: position, hint: "expected 4 hexadecimal digits after \\u")
            }
            guard let digit = ASCII.hexValue(bytes[position]) else {
                throw JSONParseError(
                    .invalidUnicodeEscape, problem: "invalid \\u escape",
                    hint: "\\u must be followed by 4 hexadecimal digits",
                    offset: offset, in: bytes)
            }
            value = value << 4 | digit
        }
        return value
    }

    private static func hex4(_ value: UInt32) -> String {
        var digits = String(value, radix: 16, uppercase: true)
        while digits.count < 4 { digits = "0" + digits }
        return digits
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or the error naming its first byte.
    @inline(__always)
    private func utf8SequenceLength() throws -> Int {
        guard let length = UTF8Validation.sequenceLength(in: bytes, at: index) else {
            throw JSONParseError(
                .invalidUTF8, problem: "invalid UTF-8 byte \(JSONParseError.byteName(bytes[index]))",
                hint: "JSON text must be well-formed UTF-8",
                offset: index, in: bytes)
        }
        return length
    }

    private func controlCharacterInString() -> JSONParseError {
        let byte = bytes[index]
        let escape: String
        switch byte {
        case ASCII.newline: escape = "\\n"
        case ASCII.carriageReturn: escape = "\\r"
        case ASCII.tab: escape = "\\t"
        case 0x08: escape = "\\b"
        case 0x0C: escape = "\\f"
        default: escape = "\\u00" + String(Self.hex4(UInt32(byte)).suffix(2)).lowercased()
        }
        return JSONParseError(
            .controlCharacterInString,
            problem: "unescaped control character \(JSONParseError.scalarName(UInt32(byte))) in a string",
            hint: "control characters must be escaped; write it as \(escape)",
            offset: index, in: bytes)
    }

    private func unterminatedString(open: Int) -> JSONParseError {
        unexpected(at: bytes.count, hint: "expected '\"' to close the string that starts at offset \(open)")
    }

    // MARK: Errors

    /// "unexpected X" at `offset` (default: the current index), with the code that fits the byte there.
    private func unexpected(at offset: Int? = nil, hint: String) -> JSONParseError {
        let offset = offset ?? index
        let code: JSONParseError.Code
        if offset >= bytes.count {
            code = .unexpectedEndOfInput
        } else if bytes[offset] >= 0x80, UTF8Validation.sequenceLength(in: bytes, at: offset) == nil {
            code = .invalidUTF8
        } else {
            code = .unexpectedCharacter
        }
        return JSONParseError(
            code, problem: JSONParseError.unexpected(at: offset, in: bytes), hint: hint,
            offset: offset, in: bytes)
    }
}
