@testable import JSONCoding

/// Random JSON material for the property and fuzz tests.
enum RandomJSON {
    /// Scalars that exercise every escape and every UTF-8 length, plus the characters JSON treats specially.
    static let interestingScalars: [Unicode.Scalar] = [
        "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1F}", "\"", "\\", "/", " ", "a", "Z", "0",
        "\u{7F}", "\u{80}", "é", "\u{7FF}", "\u{800}", "€", "\u{FFFD}", "\u{FFFF}", "\u{E000}", "😀", "\u{10000}", "\u{10FFFF}",
    ]

    static func string<G: RandomNumberGenerator>(_ generator: inout G, maxLength: Int = 12) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...maxLength, using: &generator) {
            if Bool.random(using: &generator) {
                scalars.append(interestingScalars.randomElement(using: &generator)!)
            } else {
                scalars.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
            }
        }
        return String(scalars)
    }

    /// A number literal from the whole grammar: signs, zero, long digit runs, fractions, exponents.
    static func numberText<G: RandomNumberGenerator>(_ generator: inout G) -> String {
        var text = Bool.random(using: &generator) ? "-" : ""
        if Int.random(in: 0..<4, using: &generator) == 0 {
            text += "0"
        } else {
            text += String(Int.random(in: 1...9, using: &generator))
            for _ in 0..<Int.random(in: 0...25, using: &generator) { text += String(Int.random(in: 0...9, using: &generator)) }
        }
        if Bool.random(using: &generator) {
            text += "."
            for _ in 0..<Int.random(in: 1...8, using: &generator) { text += String(Int.random(in: 0...9, using: &generator)) }
        }
        if Bool.random(using: &generator) {
            text += ["e", "E"].randomElement(using: &generator)!
            text += ["", "+", "-"].randomElement(using: &generator)!
            text += String(Int.random(in: 0...280, using: &generator))
        }
        return text
    }

    static func number<G: RandomNumberGenerator>(_ generator: inout G) -> JSONNumber {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: return JSONNumber(Int64.random(in: .min ... .max, using: &generator))
        case 1: return JSONNumber(UInt64.random(in: .min ... .max, using: &generator))
        case 2:
            var double = Double(bitPattern: generator.next())
            while !double.isFinite { double = Double(bitPattern: generator.next()) }
            return JSONNumber(double)!
        default:
            return JSONNumber(text: numberText(&generator))!
        }
    }

    /// A random tree up to `maxDepth` levels of containers.
    static func value<G: RandomNumberGenerator>(_ generator: inout G, depth: Int = 0, maxDepth: Int = 5) -> JSONValue {
        let kinds = depth >= maxDepth ? 5 : 7
        switch Int.random(in: 0..<kinds, using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .number(number(&generator))
        case 3, 4: return .string(string(&generator))
        case 5:
            return .array((0..<Int.random(in: 0...5, using: &generator)).map { _ in
                value(&generator, depth: depth + 1, maxDepth: maxDepth)
            })
        default:
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                object[string(&generator, maxLength: 6)] = value(&generator, depth: depth + 1, maxDepth: maxDepth)
            }
            return .object(object)
        }
    }

    /// Bytes JSON is made of, so random input often gets deep into the parser.
    static let alphabet: [UInt8] = Array(#"{}[],:"\ 0123456789-+.eEtrufalsn/bu"#.utf8) + [0x09, 0x0A, 0x0D, 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC2, 0xE2, 0xED, 0xF0, 0xF4, 0xFF]

    static func bytes<G: RandomNumberGenerator>(_ generator: inout G) -> [UInt8] {
        let uniform = Int.random(in: 0..<4, using: &generator) == 0
        return (0..<Int.random(in: 0...64, using: &generator)).map { _ in
            uniform ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement(using: &generator)!
        }
    }

    /// One to four random edits of `document`.
    static func mutate<G: RandomNumberGenerator>(_ document: [UInt8], _ generator: inout G) -> [UInt8] {
        var bytes = document
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
            let replacement = Bool.random(using: &generator)
                ? alphabet.randomElement(using: &generator)!
                : UInt8.random(in: 0...255, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0 where !bytes.isEmpty:
                bytes[position] = replacement
            case 1:
                bytes.insert(replacement, at: min(position, bytes.count))
            case 2 where !bytes.isEmpty:
                bytes.remove(at: position)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...16, using: &generator))
                bytes.insert(contentsOf: bytes[position..<end], at: Int.random(in: 0...bytes.count, using: &generator))
            case 4:
                bytes = Array(bytes.prefix(position))
            case 5:
                let opener: UInt8 = Bool.random(using: &generator) ? 0x5B : 0x7B
                bytes.insert(contentsOf: repeatElement(opener, count: Int.random(in: 1...600, using: &generator)), at: min(position, bytes.count))
            default:
                if !bytes.isEmpty { bytes[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &generator) }
            }
        }
        return bytes
    }
}
