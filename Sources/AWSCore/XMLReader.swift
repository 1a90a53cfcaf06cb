/// A small, strict, non-validating XML 1.0 reader for AWS responses: elements, attributes, text, the five
/// predefined and numeric (decimal and hex) character references, CDATA, comments and processing
/// instructions (the XML declaration among them). Namespaces are tolerated: names keep their prefix and
/// lookups use the local name. A DOCTYPE is refused (no entity expansion, so no billion-laughs).
///
/// Iterative with an explicit element stack and a depth limit: no input can overflow the stack, and the
/// work is linear in the input, so no input can hang it. Errors say what was expected and where (line and
/// column), e.g. `line 3, column 7: expected '>' to close </Code>`.
///
/// See: https://www.w3.org/TR/xml/
public struct XMLReader: Sendable {
    /// Deeper nesting than this is refused (AWS responses nest about 10 deep).
    public var maximumDepth: Int

    public init(maximumDepth: Int = 256) { self.maximumDepth = maximumDepth }

    /// Parses a whole document and returns its root element.
    ///
    /// - Throws: `AWSError` (`.malformedResponse`, code `MalformedXML`) with line and column.
    public func parse(_ bytes: [UInt8]) throws -> XMLElement {
        var parser = XMLParserState(bytes: bytes, maximumDepth: maximumDepth)
        return try parser.document()
    }

    /// Parses a document given as text.
    public func parse(_ text: String) throws -> XMLElement { try parse(Array(text.utf8)) }
}

/// The parser's position and element stack for one document.
struct XMLParserState {
    let bytes: [UInt8]
    let maximumDepth: Int
    var index = 0

    init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    // MARK: Document

    mutating func document() throws -> XMLElement {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw failure("the document is not valid UTF-8", at: firstInvalidUTF8Offset())
        }
        if starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // byte order mark
        if starts(with: Array("<?xml".utf8)), index + 5 < bytes.count, isWhitespace(bytes[index + 5]) {
            try skipProcessingInstruction(allowXMLDeclaration: true)
        }
        try skipMisc()
        guard index < bytes.count else { throw failure("expected the root element, found the end of the document") }
        guard bytes[index] == UInt8(ascii: "<") else { throw failure("expected '<' of the root element") }
        let root = try element()
        try skipMisc()
        guard index == bytes.count else { throw failure("expected nothing after the root element, found more content") }
        return root
    }

    /// Skips whitespace, comments and processing instructions outside the root element.
    mutating func skipMisc() throws {
        while index < bytes.count {
            if isWhitespace(bytes[index]) {
                index += 1
            } else if starts(with: Array("<!--".utf8)) {
                try skipComment()
            } else if starts(with: Array("<!DOCTYPE".utf8)) {
                throw failure("a DOCTYPE is not accepted (AWS responses have none; entity declarations are refused)")
            } else if starts(with: Array("<?".utf8)) {
                try skipProcessingInstruction(allowXMLDeclaration: false)
            } else {
                return
            }
        }
    }

    // MARK: Elements

    /// An element and everything inside it; `index` is at its `<`.
    mutating func element() throws -> XMLElement {
        // Open elements, innermost last, each with its accumulated text.
        var stack: [(element: XMLElement, text: [UInt8])] = []
        let (root, selfClosing) = try startTag()
        if selfClosing { return root }
        stack.append((root, []))
        while true {
            guard index < bytes.count else {
                throw failure("expected </\(stack.last!.element.name)>, found the end of the document")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if starts(with: Array("</".utf8)) {
                    let endTagStart = index
                    index += 2
                    let name = try self.name(context: "in an end tag")
                    skipWhitespace()
                    guard take(UInt8(ascii: ">")) else { throw failure("expected '>' to close </\(name)>") }
                    let (open, text) = stack.removeLast()
                    var closed = open
                    guard name == closed.name else {
                        throw failure("</\(name)> does not match <\(closed.name)>", at: endTagStart)
                    }
                    closed.text = String(decoding: text, as: UTF8.self)
                    if stack.isEmpty { return closed }
                    stack[stack.count - 1].element.children.append(closed)
                } else if starts(with: Array("<!--".utf8)) {
                    try skipComment()
                } else if starts(with: Array("<![CDATA[".utf8)) {
                    index += 9
                    guard let end = find(Array("]]>".utf8)) else { throw failure("unterminated CDATA section") }
                    stack[stack.count - 1].text.append(contentsOf: bytes[index..<end])
                    index = end + 3
                } else if starts(with: Array("<?".utf8)) {
                    try skipProcessingInstruction(allowXMLDeclaration: false)
                } else if starts(with: Array("<!".utf8)) {
                    throw failure("expected a comment, CDATA section or element after '<!'")
                } else {
                    guard stack.count < maximumDepth else {
                        throw failure("elements nest deeper than \(maximumDepth) levels")
                    }
                    let (child, childSelfClosing) = try startTag()
                    if childSelfClosing {
                        stack[stack.count - 1].element.children.append(child)
                    } else {
                        stack.append((child, []))
                    }
                }
            } else if byte == UInt8(ascii: "&") {
                stack[stack.count - 1].text.append(contentsOf: try reference())
            } else {
                if byte == UInt8(ascii: ">"), index >= 2, bytes[index - 1] == UInt8(ascii: "]"), bytes[index - 2] == UInt8(ascii: "]") {
                    throw failure("']]>' is not allowed in text")
                }
                try checkCharacter(byte)
                stack[stack.count - 1].text.append(byte)
                index += 1
            }
        }
    }

    /// `<name attr="value" …>` or `<name …/>`; `index` is at `<`.
    mutating func startTag() throws -> (XMLElement, selfClosing: Bool) {
        index += 1
        let name = try self.name(context: "after '<'")
        var element = XMLElement(name: name)
        while true {
            let hadWhitespace = skipWhitespace()
            if take(UInt8(ascii: ">")) { return (element, false) }
            if starts(with: Array("/>".utf8)) {
                index += 2
                return (element, true)
            }
            guard index < bytes.count else { throw failure("expected '>' to end <\(name)>, found the end of the document") }
            guard hadWhitespace else { throw failure("expected whitespace, '>' or '/>' in <\(name)>") }
            let attributeStart = index
            let attributeName = try self.name(context: "for an attribute of <\(name)>")
            skipWhitespace()
            guard take(UInt8(ascii: "=")) else { throw failure("expected '=' after attribute \(attributeName) of <\(name)>") }
            skipWhitespace()
            let value = try attributeValue(of: attributeName)
            if element.attributes.contains(where: { $0.name == attributeName }) {
                throw failure("attribute \(attributeName) appears twice in <\(name)>", at: attributeStart)
            }
            element.attributes.append(XMLElement.Attribute(name: attributeName, value: value))
        }
    }

    mutating func attributeValue(of attribute: String) throws -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw failure("expected a quoted value for attribute \(attribute)")
        }
        let quote = bytes[index]
        index += 1
        var value: [UInt8] = []
        while true {
            guard index < bytes.count else { throw failure("unterminated value of attribute \(attribute)") }
            let byte = bytes[index]
            if byte == quote {
                index += 1
                return String(decoding: value, as: UTF8.self)
            }
            if byte == UInt8(ascii: "<") { throw failure("'<' is not allowed in the value of attribute \(attribute)") }
            if byte == UInt8(ascii: "&") {
                value.append(contentsOf: try reference())
            } else {
                try checkCharacter(byte)
                // Attribute-value normalisation: tab, CR and LF become spaces.
                value.append(byte == 9 || byte == 10 || byte == 13 ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
    }

    // MARK: References, names, characters

    /// `&lt;` `&gt;` `&amp;` `&apos;` `&quot;` `&#NNN;` `&#xHHH;` → UTF-8 bytes; `index` is at `&`.
    mutating func reference() throws -> [UInt8] {
        let start = index
        index += 1
        guard let semicolon = bytes[index...].prefix(16).firstIndex(of: UInt8(ascii: ";")) else {
            throw failure("expected an entity reference like &amp; or &#38; (no ';' follows '&')", at: start)
        }
        let body = Array(bytes[index..<semicolon])
        index = semicolon + 1
        switch String(decoding: body, as: UTF8.self) {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "apos": return [UInt8(ascii: "'")]
        case "quot": return [UInt8(ascii: "\"")]
        default: break
        }
        guard body.first == UInt8(ascii: "#"), body.count >= 2 else {
            throw failure("unknown entity &\(String(decoding: body, as: UTF8.self)); (only the five predefined ones and character references are allowed)", at: start)
        }
        let isHex = body[1] == UInt8(ascii: "x")
        let digits = body.dropFirst(isHex ? 2 : 1)
        var value: UInt32 = 0
        for digit in digits {
            guard let digitValue = XMLParserState.digitValue(digit, hex: isHex), value <= 0x10FFFF else {
                throw failure("malformed character reference &\(String(decoding: body, as: UTF8.self));", at: start)
            }
            value = value * (isHex ? 16 : 10) + digitValue
        }
        guard !digits.isEmpty, XMLParserState.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
            throw failure("character reference &\(String(decoding: body, as: UTF8.self)); names no allowed XML character", at: start)
        }
        return Array(String(Character(scalar)).utf8)
    }

    static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// XML 1.0 `Char`: tab, LF, CR, and U+0020… except surrogates, U+FFFE and U+FFFF.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    /// Refuses the C0 control characters XML does not allow (multi-byte UTF-8 was validated up front).
    func checkCharacter(_ byte: UInt8) throws {
        if byte < 0x20, byte != 9, byte != 10, byte != 13 {
            throw failure("control character 0x\(String(byte, radix: 16)) is not allowed in XML")
        }
    }

    /// A name: letter, `_`, `:` or non-ASCII first, then also digits, `-` and `.`.
    mutating func name(context: String) throws -> String {
        let start = index
        guard index < bytes.count, XMLParserState.isNameStart(bytes[index]) else {
            throw failure("expected a name \(context)")
        }
        index += 1
        while index < bytes.count, XMLParserState.isNameStart(bytes[index]) || XMLParserState.isNameContinuation(bytes[index]) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    static func isNameContinuation(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    // MARK: Comments and processing instructions

    mutating func skipComment() throws {
        let start = index
        index += 4
        guard let end = find(Array("--".utf8)) else { throw failure("unterminated comment", at: start) }
        guard end + 2 < bytes.count, bytes[end + 2] == UInt8(ascii: ">") else {
            throw failure("'--' is not allowed inside a comment", at: end)
        }
        index = end + 3
    }

    mutating func skipProcessingInstruction(allowXMLDeclaration: Bool) throws {
        let start = index
        index += 2
        let target = try name(context: "after '<?'")
        if target.lowercased() == "xml", !allowXMLDeclaration {
            throw failure("the XML declaration is only allowed at the very start of the document", at: start)
        }
        guard let end = find(Array("?>".utf8)) else { throw failure("unterminated processing instruction <?\(target)", at: start) }
        index = end + 2
    }

    // MARK: Low-level helpers

    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = index
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        return index > start
    }

    func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    func starts(with prefix: [UInt8]) -> Bool {
        index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// The offset of the next occurrence of `needle` at or after `index`.
    func find(_ needle: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var position = index
        while position + needle.count <= bytes.count {
            if bytes[position] == needle[0], bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    func firstInvalidUTF8Offset() -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += String(Character(scalar)).utf8.count
            case .emptyInput, .error: return offset
            }
        }
    }

    /// An error naming the line and column (1-based, columns in bytes) of `offset` (default: here).
    func failure(_ message: String, at offset: Int? = nil) -> AWSError {
        let position = min(offset ?? index, bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<position] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return AWSError(kind: .malformedResponse, code: "MalformedXML", message: "line \(line), column \(column): \(message)")
    }
}
