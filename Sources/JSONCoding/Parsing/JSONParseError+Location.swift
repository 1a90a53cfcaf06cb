extension JSONParseError {
    /// Builds the error for `problem` at `offset` in `bytes`, computing line, column and excerpt. Only runs
    /// when parsing fails, so it may take its time.
    ///
    /// - Parameters:
    ///   - problem: what is wrong, e.g. "unexpected ','" or "duplicate key \"a\"".
    ///   - hint: what was expected or how to fix it, e.g. "expected a value".
    init(_ code: Code, problem: String, hint: String, offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == ASCII.newline {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        self.init(
            code: code,
            offset: offset,
            line: line,
            column: column,
            excerpt: Self.excerpt(of: bytes, around: offset),
            message: "\(problem) at line \(line), column \(column) (offset \(offset)): \(hint)"
        )
    }

    static func excerpt(of bytes: UnsafeBufferPointer<UInt8>, around offset: Int) -> String {
        let radius = JSONLimits.excerptRadius
        var start = max(0, offset - radius)
        // Do not start in the middle of a multi-byte character.
        while start < offset, bytes[start] & 0xC0 == 0x80 { start += 1 }
        let end = min(bytes.count, offset + radius)

        var text: [UInt8] = []
        if start > 0 { text.append(contentsOf: "…".utf8) }
        var index = start
        var marked = false
        while index < end {
            if !marked, index >= offset {
                text.append(contentsOf: "‸".utf8)
                marked = true
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F {
                switch byte {
                case ASCII.newline: text.append(contentsOf: "\\n".utf8)
                case ASCII.carriageReturn: text.append(contentsOf: "\\r".utf8)
                case ASCII.tab: text.append(contentsOf: "\\t".utf8)
                default: text.append(contentsOf: "\\u00".utf8); appendHex(byte, to: &text)
                }
                index += 1
            } else if let length = UTF8Validation.sequenceLength(in: bytes, at: index) {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                index += length
            } else {
                text.append(contentsOf: "\\x".utf8)
                appendHex(byte, to: &text)
                index += 1
            }
        }
        if !marked { text.append(contentsOf: "‸".utf8) }
        if index < bytes.count { text.append(contentsOf: "…".utf8) }
        return String(decoding: text, as: UTF8.self)
    }

    /// How the problem names the byte at `offset`: `unexpected ','`, `unexpected control character U+000A`,
    /// `unexpected 'é' (U+00E9)`, or `unexpected end of input`.
    static func unexpected(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset < bytes.count else { return "unexpected end of input" }
        let byte = bytes[offset]
        switch byte {
        case 0x21...0x7E:
            return "unexpected '\(Character(Unicode.Scalar(byte)))'"
        case 0..<0x20, 0x7F:
            return "unexpected control character \(scalarName(UInt32(byte)))"
        case 0x20:
            return "unexpected space"
        default:
            if let length = UTF8Validation.sequenceLength(in: bytes, at: offset) {
                let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
                return "unexpected '\(scalar)' (\(scalarName(scalar.unicodeScalars.first!.value)))"
            }
            return "invalid UTF-8 byte \(byteName(byte))"
        }
    }

    /// `U+000A` style.
    static func scalarName(_ value: UInt32) -> String {
        var digits = String(value, radix: 16, uppercase: true)
        while digits.count < 4 { digits = "0" + digits }
        return "U+" + digits
    }

    /// `0xFF` style.
    static func byteName(_ byte: UInt8) -> String {
        var text = "0x"
        text.append(Character(Unicode.Scalar(ASCII.uppercaseHexDigits[Int(byte >> 4)])))
        text.append(Character(Unicode.Scalar(ASCII.uppercaseHexDigits[Int(byte & 0xF)])))
        return text
    }

    private static func appendHex(_ byte: UInt8, to text: inout [UInt8]) {
        text.append(ASCII.lowercaseHexDigits[Int(byte >> 4)])
        text.append(ASCII.lowercaseHexDigits[Int(byte & 0xF)])
    }
}
