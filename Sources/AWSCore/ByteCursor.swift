/// A forward-only reader over bytes for the small hand-written parsers of this module (time formats,
/// HTTP request lines). It never traps: every read checks the bounds and reports failure as `nil`/`false`.
struct ByteCursor {
    let bytes: [UInt8]
    private(set) var offset: Int = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }
    init(_ text: String) { self.bytes = Array(text.utf8) }

    var isAtEnd: Bool { offset >= bytes.count }
    var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        offset += 1
        return true
    }

    /// Consumes and returns the next byte.
    mutating func next() -> UInt8? {
        guard let byte = peek else { return nil }
        offset += 1
        return byte
    }

    /// Consumes exactly `count` decimal digits and returns their value.
    mutating func digits(_ count: Int) -> Int? {
        guard count > 0, offset + count <= bytes.count else { return nil }
        var value = 0
        for index in offset..<(offset + count) {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        offset += count
        return value
    }

    /// Consumes a run of decimal digits (at least one, at most `limit`) and returns them.
    mutating func digitRun(limit: Int) -> [UInt8]? {
        let start = offset
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), offset - start < limit {
            offset += 1
        }
        return offset > start ? Array(bytes[start..<offset]) : nil
    }

    /// Consumes `word` (ASCII, case-sensitive) if it is next.
    mutating func take(word: String) -> Bool {
        let wordBytes = Array(word.utf8)
        guard offset + wordBytes.count <= bytes.count,
              bytes[offset..<(offset + wordBytes.count)].elementsEqual(wordBytes) else { return false }
        offset += wordBytes.count
        return true
    }

    /// Consumes letters A–Z/a–z and returns them as a string.
    mutating func letters() -> String {
        let start = offset
        while let byte = peek, (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") { offset += 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }
}
