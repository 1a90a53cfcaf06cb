import Testing
@testable import JSONCoding

@Suite("JSONNumber: exact text, exact conversions")
struct JSONNumberTests {
    @Test("init(text:) accepts exactly the RFC 8259 number grammar", arguments: [
        "0", "-0", "1", "-1", "10", "1.5", "-0.001", "1e5", "1E5", "1e+5", "1e-5", "1.0E-05", "123456789012345678901234567890",
    ])
    func validLiterals(literal: String) {
        #expect(JSONNumber(text: literal)?.text == literal)
    }

    @Test("init(text:) rejects everything else", arguments: [
        "", "-", "+1", "01", "-01", "1.", ".5", "1e", "1e+", "0x1", "NaN", "Infinity", "-Infinity", " 1", "1 ", "1,", "1.5.5", "١",
    ])
    func invalidLiterals(literal: String) {
        #expect(JSONNumber(text: literal) == nil)
    }

    @Test("Doubles use the shortest round-trip text, without a trailing .0")
    func fromDouble() {
        // A literal argument would pick the literal initializer (SE-0213), so pass typed values.
        func number(_ value: Double) -> JSONNumber? { JSONNumber(value) }
        #expect(number(3.0)?.text == "3")
        #expect(number(0.1)?.text == "0.1")
        #expect(number(1e-5)?.text == "1e-05")
        #expect(number(1e20)?.text == "1e+20")
        #expect(number(-0.0)?.text == "-0")
        #expect((3.0 as JSONNumber).text == "3")
        #expect(JSONNumber(Double.leastNonzeroMagnitude)?.text == "5e-324")
        #expect(JSONNumber(Float(0.1))?.text == "0.1")
        #expect(JSONNumber(Double.infinity) == nil)
        #expect(JSONNumber(-Double.infinity) == nil)
        #expect(JSONNumber(Double.nan) == nil)
        #expect(JSONNumber(Float.nan) == nil)
    }

    @Test("Every double's text is valid JSON and reads back bit-exactly")
    func doubleTextRoundTrips() throws {
        var generator = SeededGenerator(seed: 0xD0_0B1E)
        for _ in 0..<2_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite, let number = JSONNumber(value) else { continue }
            #expect(JSONNumber(text: number.text) != nil, "\(number.text) is not a JSON number")
            #expect(number.double?.bitPattern == value.bitPattern, "\(value) wrote \(number.text)")
        }
    }

    @Test("Integers of every width convert to text and back exactly")
    func integers() {
        #expect(JSONNumber(Int64.max).int64 == Int64.max)
        #expect(JSONNumber(Int64.min).int64 == Int64.min)
        #expect(JSONNumber(UInt64.max).uint64 == UInt64.max)
        #expect(JSONNumber(UInt64.max).int64 == nil)
        #expect(JSONNumber(Int8.min).exactly(Int8.self) == Int8.min)
        #expect(JSONNumber(Int128.max).exactly(Int128.self) == Int128.max)
        #expect(JSONNumber(Int128.min).exactly(Int128.self) == Int128.min)
        #expect(JSONNumber(UInt128.max).exactly(UInt128.self) == UInt128.max)
        #expect(JSONNumber(UInt128.max).exactly(Int128.self) == nil)
    }

    @Test("Integer conversion judges the decimal value, not the spelling", arguments: [
        ("100", Int64(100)), ("1e2", 100), ("100.0", 100), ("1.00e2", 100), ("10000e-2", 100), ("-0", 0),
        ("0.0e99999999999999999999", 0), ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
        ("9.223372036854775807e18", Int64.max),
    ] as [(String, Int64)])
    func wholeNumbers(literal: String, expected: Int64) {
        #expect(JSONNumber(text: literal)?.int64 == expected)
        #expect(JSONNumber(text: literal)?.isWhole == true)
    }

    @Test("Fractions and out-of-range numbers give nil, without rounding", arguments: [
        "1.5", "1e-1", "9223372036854775808", "-9223372036854775809", "1e19", "1e99999999999999999999", "0.1e1000000000000000000000",
        "9223372036854775807.5",
    ])
    func notInt64(literal: String) {
        #expect(JSONNumber(text: literal)?.int64 == nil)
    }

    @Test("The out-of-range reason differs from the fractional one")
    func conversionReasons() {
        guard case .notWhole = JSONNumber(text: "2.5")!.integerConversion(to: Int.self) else {
            Issue.record("2.5 should be notWhole")
            return
        }
        guard case .outOfRange = JSONNumber(text: "256")!.integerConversion(to: UInt8.self) else {
            Issue.record("256 should be outOfRange for UInt8")
            return
        }
        guard case .outOfRange = JSONNumber(text: "-1")!.integerConversion(to: UInt.self) else {
            Issue.record("-1 should be outOfRange for UInt")
            return
        }
    }

    @Test("double is nil beyond Double's range and rounds tiny values to zero")
    func doubleRange() {
        #expect(JSONNumber(text: "1e400")?.double == nil)
        #expect(JSONNumber(text: "-1e400")?.double == nil)
        #expect(JSONNumber(text: "1e-400")?.double == 0)
        #expect(JSONNumber(text: "1.7976931348623157e308")?.double == Double.greatestFiniteMagnitude)
        #expect(JSONNumber(text: "1e39")?.float == nil)
        #expect(JSONNumber(text: "0.1")?.float == Float(0.1))
    }

    @Test("Equal values are equal and hash alike, whatever their spelling")
    func equality() {
        let spellings = ["1", "1.0", "1e0", "10e-1", "0.1E1", "1.000"].compactMap { JSONNumber(text: $0) }
        #expect(spellings.count == 6)
        for number in spellings {
            #expect(number == spellings[0], "\(number.text) == 1")
            #expect(number.hashValue == spellings[0].hashValue, "\(number.text) hashes like 1")
        }
        #expect(JSONNumber(text: "-0") == JSONNumber(text: "0"))
        #expect(JSONNumber(text: "1") != JSONNumber(text: "2"))
        #expect(JSONNumber(text: "1") != JSONNumber(text: "-1"))
        #expect(JSONNumber(text: "1e2") != JSONNumber(text: "1e3"))
        #expect(JSONNumber(text: "123456789012345678901") != JSONNumber(text: "123456789012345678902"))
        #expect(Set(spellings).count == 1)
    }
}
