/// Base64 (RFC 4648 section 4, standard alphabet, `=` padding), for the blobs AWS carries as text:
/// EC2 `UserData`, Lambda's `X-Amz-Log-Result`. Ours because AWSCore imports no Foundation.
///
/// See: https://www.rfc-editor.org/rfc/rfc4648#section-4
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The padded Base64 text of `bytes`.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output = [UInt8]()
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            let group = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(group >> 18 & 0x3f)])
            output.append(alphabet[Int(group >> 12 & 0x3f)])
            output.append(second == nil ? UInt8(ascii: "=") : alphabet[Int(group >> 6 & 0x3f)])
            output.append(third == nil ? UInt8(ascii: "=") : alphabet[Int(group & 0x3f)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The Base64 text of `text`'s UTF-8 bytes.
    public static func encode(_ text: String) -> String { encode(Array(text.utf8)) }

    /// Decodes padded or unpadded Base64. Strict otherwise: a character outside the alphabet, a length
    /// that cannot be Base64, padding before the end, or non-zero bits in the last character's unused
    /// part are refused, so corrupt data is not silently turned into other bytes.
    ///
    /// - Throws: `AWSError` (`.malformedResponse`, code `InvalidBase64`) naming the offset of the problem.
    public static func decode(_ text: String) throws -> [UInt8] {
        var input = Array(text.utf8)
        func fail(_ reason: String) -> AWSError {
            AWSError(kind: .malformedResponse, code: "InvalidBase64",
                     message: "the text (\(input.count) bytes) is not valid Base64: \(reason)")
        }
        var padding = 0
        while input.last == UInt8(ascii: "="), padding < 2 {
            input.removeLast()
            padding += 1
        }
        if padding > 0, (input.count + padding) % 4 != 0 { throw fail("'=' padding does not complete a 4-character group") }
        guard input.count % 4 != 1 else { throw fail("its length leaves a single character in the last group") }
        var output = [UInt8]()
        output.reserveCapacity(input.count * 3 / 4)
        var group: UInt32 = 0
        var count = 0
        for (offset, byte) in input.enumerated() {
            guard let value = sextet(byte) else {
                throw fail("character '\(Unicode.Scalar(byte))' at offset \(offset) is not in the Base64 alphabet")
            }
            group = group << 6 | UInt32(value)
            count += 1
            if count == 4 {
                output.append(UInt8(group >> 16 & 0xff))
                output.append(UInt8(group >> 8 & 0xff))
                output.append(UInt8(group & 0xff))
                group = 0
                count = 0
            }
        }
        switch count {
        case 2:
            guard group & 0x0f == 0 else { throw fail("the last character carries bits beyond the data") }
            output.append(UInt8(group >> 4 & 0xff))
        case 3:
            guard group & 0x03 == 0 else { throw fail("the last character carries bits beyond the data") }
            output.append(UInt8(group >> 10 & 0xff))
            output.append(UInt8(group >> 2 & 0xff))
        default:
            break
        }
        return output
    }

    private static func sextet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
