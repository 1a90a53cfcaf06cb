import AWSCore
import Testing

@Suite("Timestamps: epoch seconds of the JSON protocols")
struct TimestampEpochSecondsTests {
    @Test("Plain, fractional, exponent and negative forms are read exactly", arguments: [
        ("1700000000", 1_700_000_000, 0),
        ("1700000000.123", 1_700_000_000, 123_000_000),
        ("1.700000000123E9", 1_700_000_000, 123_000_000),
        ("1.7e9", 1_700_000_000, 0),
        ("17000000001234e-4", 1_700_000_000, 123_400_000),
        ("1700000000.1234567891", 1_700_000_000, 123_456_789),
        ("0.000000001", 0, 1),
        ("1e-10", 0, 0),
        ("-1.25", -2, 750_000_000),
        ("0", 0, 0),
    ])
    func parses(_ text: String, _ seconds: Int64, _ nanoseconds: Int32) throws {
        let timestamp = try Timestamp(epochSeconds: text)
        #expect(timestamp.seconds == seconds, "\(text)")
        #expect(timestamp.nanoseconds == nanoseconds, "\(text)")
    }

    @Test("Milliseconds survive where a Double would round them")
    func keepsMilliseconds() throws {
        // The nearest Double to 1700000000.001 is 1700000000.000999927…: reading through Double loses the millisecond.
        let timestamp = try Timestamp(epochSeconds: "1700000000.001")
        #expect(timestamp.iso8601String(fractionalDigits: 9) == "2023-11-14T22:13:20.001000000Z")
    }

    @Test("Text that is not a number, or out of range, is refused naming the text", arguments: [
        "", "-", "1.", ".5", "1e", "1e+", "12a", "1,5", "1e999", "99999999999999999999",
    ])
    func rejects(_ text: String) {
        #expect { _ = try Timestamp(epochSeconds: text) } throws: { error in
            (error as? AWSError)?.code == "InvalidTimestamp" && "\(error)".contains("'\(text)'")
        }
    }
}
