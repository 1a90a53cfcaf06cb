import AWSCore
import Foundation
import Testing

/// Property and fuzz tests of the XML reader with a fixed seed (reproducible): random trees survive a
/// write/read round trip, and ~20,000 random inputs and mutations of real documents neither crash nor hang —
/// each either parses or throws `MalformedXML` with a position.
@Suite("XML reader properties")
struct XMLReaderFuzzTests {
    let reader = XMLReader()

    @Test("Random trees written as XML read back identical (2,000 trees)")
    func roundTrip() throws {
        var random = SeededRandom(seed: 0x5EED_0001)
        for iteration in 0..<2_000 {
            let tree = randomElement(&random, depth: 0)
            let text = Self.serialize(tree)
            let parsed = try reader.parse(text)
            #expect(parsed == tree, "iteration \(iteration): \(text)")
            if parsed != tree { return }
        }
    }

    @Test("20,000 random inputs and mutations of AWS documents: no crash, no hang, errors have a position")
    func fuzz() throws {
        var random = SeededRandom(seed: 0xF022_0002)
        let seeds = AWSResponseFixtures.all.map { Array($0.1.utf8) }
        let tokens = ["<", ">", "</", "/>", "&", ";", "&#x", "&#", "<![CDATA[", "]]>", "<!--", "-->", "<?", "?>",
                      "\"", "'", "=", " ", "\n", "<a>", "</a>", "&amp;", "<!DOCTYPE", "\u{0}", "\u{FFFF}", "é"].map { Array($0.utf8) }
        var parsed = 0
        var refused = 0
        var slowest = 0.0
        for iteration in 0..<20_000 {
            var input: [UInt8]
            if iteration % 4 == 0 {
                input = (0..<random.next(upTo: 200)).map { _ in
                    random.next(upTo: 3) == 0 ? UInt8(random.next(upTo: 256)) : tokens[random.next(upTo: tokens.count)].first!
                }
            } else {
                input = seeds[random.next(upTo: seeds.count)]
                for _ in 0..<(1 + random.next(upTo: 4)) { Self.mutate(&input, &random, tokens: tokens) }
            }
            let started = Date()
            do {
                _ = try reader.parse(input)
                parsed += 1
            } catch let error as AWSError {
                refused += 1
                #expect(error.code == "MalformedXML" && error.message.hasPrefix("line "),
                        "iteration \(iteration): \(error) for \(String(decoding: input, as: UTF8.self).debugDescription)")
            }
            slowest = max(slowest, Date().timeIntervalSince(started))
        }
        print("XML fuzz: 20000 inputs, \(parsed) parsed, \(refused) refused, slowest \(Int(slowest * 1000)) ms")
        #expect(parsed + refused == 20_000)
        #expect(parsed > 100 && refused > 10_000, "the mix should exercise both paths: \(parsed) parsed, \(refused) refused")
        #expect(slowest < 0.5, "an input took \(slowest) s")
    }

    // MARK: Generators

    private static func mutate(_ input: inout [UInt8], _ random: inout SeededRandom, tokens: [[UInt8]]) {
        guard !input.isEmpty else { input = tokens[random.next(upTo: tokens.count)]; return }
        let position = random.next(upTo: input.count)
        switch random.next(upTo: 6) {
        case 0: input[position] = UInt8(random.next(upTo: 256))
        case 1: input.removeSubrange(position..<min(input.count, position + 1 + random.next(upTo: 20)))
        case 2: input.insert(contentsOf: tokens[random.next(upTo: tokens.count)], at: position)
        case 3: input = Array(input[..<position])
        case 4:
            let end = min(input.count, position + 1 + random.next(upTo: 40))
            input.insert(contentsOf: input[position..<end], at: position)
        default:
            let other = random.next(upTo: input.count)
            input.swapAt(position, other)
        }
    }

    private func randomElement(_ random: inout SeededRandom, depth: Int) -> XMLElement {
        let names = ["a", "Item", "ns:Key", "x-y.z", "_u", "é"]
        var element = XMLElement(name: names[random.next(upTo: names.count)])
        var attributeNames = Set<String>()
        for _ in 0..<random.next(upTo: 3) {
            let name = ["id", "xmlns", "p:q", "k"][random.next(upTo: 4)]
            if attributeNames.insert(name).inserted {
                element.attributes.append(.init(name: name, value: randomText(&random)))
            }
        }
        if depth < 4, random.next(upTo: 2) == 0 {
            element.children = (0..<(1 + random.next(upTo: 3))).map { _ in randomElement(&random, depth: depth + 1) }
        } else {
            element.text = randomText(&random)
        }
        return element
    }

    private func randomText(_ random: inout SeededRandom) -> String {
        let pieces = ["a", " ", "<", ">", "&", "\"", "'", "]]>", "☺", "\n", "\t", "0", "ä", "𝄞"]
        return (0..<random.next(upTo: 8)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
    }

    static func serialize(_ element: XMLElement) -> String {
        var text = "<\(element.name)"
        for attribute in element.attributes { text += " \(attribute.name)=\"\(escape(attribute.value, attribute: true))\"" }
        if element.children.isEmpty && element.text.isEmpty { return text + "/>" }
        text += ">" + escape(element.text, attribute: false)
        for child in element.children { text += serialize(child) }
        return text + "</\(element.name)>"
    }

    static func escape(_ value: String, attribute: Bool) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#x9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// SplitMix64: a tiny deterministic generator, so a failing fuzz iteration can be replayed.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (0 when `bound` is 0).
    mutating func next(upTo bound: Int) -> Int {
        bound <= 0 ? 0 : Int(nextUInt64() % UInt64(bound))
    }

    /// A value in `0..<1`.
    mutating func nextUnit() -> Double { Double(nextUInt64() >> 11) / Double(1 << 53) }
}
