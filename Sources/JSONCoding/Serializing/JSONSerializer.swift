/// Writes a `JSONValue` as UTF-8 JSON text.
///
/// Strings: `"` and `\` are escaped, and every control character below U+0020 (as `\n`, `\t`, `\r`, `\b`,
/// `\f`, or `\u00XX` with lowercase hex); nothing else is — not `/`, not non-ASCII (the output is UTF-8).
/// Numbers: their literal text. Objects: keys in their stored order, or sorted by their UTF-8 bytes with
/// `.sortedKeys`. Pretty printing: two-space indent, `"key": value`, one element per line, empty arrays and
/// objects as `[]` and `{}`, no trailing newline.
struct JSONSerializer {
    private(set) var output: [UInt8] = []
    private let sortedKeys: Bool
    private let prettyPrinted: Bool

    init(options: JSONEncodingOptions) {
        sortedKeys = options.contains(.sortedKeys)
        prettyPrinted = options.contains(.prettyPrinted)
        output.reserveCapacity(256)
    }

    static func serialize(_ value: JSONValue, options: JSONEncodingOptions) -> [UInt8] {
        var serializer = JSONSerializer(options: options)
        serializer.write(value, depth: 0)
        return serializer.output
    }

    mutating func write(_ value: JSONValue, depth: Int) {
        switch value {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let bool):
            output.append(contentsOf: bool ? "true".utf8 : "false".utf8)
        case .number(let number):
            var text = number.text
            text.withUTF8 { output.append(contentsOf: $0) }
        case .string(let string):
            write(string: string)
        case .array(let elements):
            writeArray(elements, depth: depth)
        case .object(let object):
            writeObject(object, depth: depth)
        }
    }

    private mutating func writeArray(_ elements: [JSONValue], depth: Int) {
        output.append(ASCII.openBracket)
        guard !elements.isEmpty else {
            output.append(ASCII.closeBracket)
            return
        }
        for (position, element) in elements.enumerated() {
            if position > 0 { output.append(ASCII.comma) }
            writeNewline(depth: depth + 1)
            write(element, depth: depth + 1)
        }
        writeNewline(depth: depth)
        output.append(ASCII.closeBracket)
    }

    private mutating func writeObject(_ object: JSONObject, depth: Int) {
        output.append(ASCII.openBrace)
        guard !object.isEmpty else {
            output.append(ASCII.closeBrace)
            return
        }
        let keys = object.storage.keys
        let values = object.storage.values
        var order = Array(keys.indices)
        if sortedKeys {
            order.sort { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
        }
        for (position, index) in order.enumerated() {
            if position > 0 { output.append(ASCII.comma) }
            writeNewline(depth: depth + 1)
            write(string: keys[index])
            output.append(ASCII.colon)
            if prettyPrinted { output.append(ASCII.space) }
            write(values[index], depth: depth + 1)
        }
        writeNewline(depth: depth)
        output.append(ASCII.closeBrace)
    }

    @inline(__always)
    private mutating func writeNewline(depth: Int) {
        guard prettyPrinted else { return }
        output.append(ASCII.newline)
        for _ in 0..<depth * 2 { output.append(ASCII.space) }
    }

    /// Writes a quoted, escaped string, copying runs that need no escaping in one go.
    mutating func write(string: String) {
        output.append(ASCII.quote)
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == ASCII.quote || byte == ASCII.backslash else { continue }
                if runStart < index {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
                output.append(ASCII.backslash)
                switch byte {
                case ASCII.quote: output.append(ASCII.quote)
                case ASCII.backslash: output.append(ASCII.backslash)
                case ASCII.newline: output.append(ASCII.lowerN)
                case ASCII.carriageReturn: output.append(ASCII.lowerR)
                case ASCII.tab: output.append(ASCII.lowerT)
                case 0x08: output.append(ASCII.lowerB)
                case 0x0C: output.append(ASCII.lowerF)
                default:
                    output.append(contentsOf: "u00".utf8)
                    output.append(ASCII.lowercaseHexDigits[Int(byte >> 4)])
                    output.append(ASCII.lowercaseHexDigits[Int(byte & 0xF)])
                }
                runStart = index + 1
            }
            if runStart < bytes.count {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
        }
        output.append(ASCII.quote)
    }
}
