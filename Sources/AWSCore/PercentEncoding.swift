/// Percent-encoding as AWS signs and botocore sends it: every byte except the RFC 3986 unreserved
/// characters (`A–Z a–z 0–9 - _ . ~`) becomes `%XY` with upper-case hex; `/` is kept only where asked
/// (paths). Not the `application/x-www-form-urlencoded` rules: a space is `%20`, never `+`.
///
/// See: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-canonical-request
public enum PercentEncoding {
    /// Whether `byte` is an RFC 3986 unreserved character.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Encodes the UTF-8 bytes of `text`, keeping `/` when `keepingSlash` (for URI paths).
    public static func encode(_ text: String, keepingSlash: Bool = false) -> String {
        encode(bytes: Array(text.utf8), keepingSlash: keepingSlash)
    }

    /// Encodes raw bytes, keeping `/` when `keepingSlash`.
    public static func encode(bytes: some Sequence<UInt8>, keepingSlash: Bool = false) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var output = [UInt8]()
        for byte in bytes {
            if isUnreserved(byte) || (keepingSlash && byte == UInt8(ascii: "/")) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0f)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `%XY` sequences; anything else (including `+` and a malformed `%`) is kept as it is,
    /// which is what SigV4 canonicalisation of an already-encoded query needs.
    public static func decode(_ text: String) -> [UInt8] {
        let input = Array(text.utf8)
        var output = [UInt8]()
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
               let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
