import AWSCore
import Testing

@Suite("Timestamps")
struct TimestampTests {
    @Test("RFC 3339 parsing: fractions, Z, offsets, lower-case separators", arguments: [
        ("2015-08-30T12:36:00Z", 1_440_938_160, 0),
        ("2015-08-30T12:36:00.5Z", 1_440_938_160, 500_000_000),
        ("2015-08-30T12:36:00.123456789123Z", 1_440_938_160, 123_456_789),
        ("2015-08-30T14:36:00+02:00", 1_440_938_160, 0),
        ("2015-08-30T07:06:00-0530", 1_440_938_160, 0),
        ("2015-08-30t12:36:00z", 1_440_938_160, 0),
        ("1969-12-31T23:59:59.25Z", -1, 250_000_000),
        ("2024-02-29T00:00:00Z", 1_709_164_800, 0),
    ])
    func parseISO8601(_ text: String, _ seconds: Int64, _ nanoseconds: Int32) throws {
        let timestamp = try Timestamp(iso8601: text)
        #expect(timestamp.seconds == seconds)
        #expect(timestamp.nanoseconds == nanoseconds)
    }

    @Test("Invalid RFC 3339 text is refused with the position", arguments: [
        "2015-08-30", "2015-08-30T12:36Z", "2015-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2015-08-30T24:00:00Z",
        "2015-08-30T12:36:00", "2015-08-30T12:36:00Zjunk", "2015-08-30T12:36:00.Z",
    ])
    func rejectISO8601(_ text: String) {
        #expect { _ = try Timestamp(iso8601: text) } throws: { error in
            (error as? AWSError)?.code == "InvalidTimestamp" && "\(error)".contains(text)
        }
    }

    @Test("Formatting: ISO 8601 with and without fractions, SigV4 forms, HTTP date")
    func formatting() {
        let time = Timestamp(seconds: 1_440_938_160, nanoseconds: 7_000_000)
        #expect(time.iso8601String() == "2015-08-30T12:36:00Z")
        #expect(time.iso8601String(fractionalDigits: 3) == "2015-08-30T12:36:00.007Z")
        #expect(time.sigV4DateTime == "20150830T123600Z")
        #expect(time.sigV4Date == "20150830")
        #expect(time.httpDateString == "Sun, 30 Aug 2015 12:36:00 GMT")
        #expect(Timestamp(seconds: -86_400 * 365).iso8601String() == "1969-01-01T00:00:00Z")
    }

    @Test("HTTP dates: IMF-fixdate, RFC 850, asctime")
    func httpDates() throws {
        let expected = Timestamp(seconds: 784_111_777)
        #expect(try Timestamp(httpDate: "Sun, 06 Nov 1994 08:49:37 GMT") == expected)
        #expect(try Timestamp(httpDate: "Sunday, 06-Nov-94 08:49:37 GMT") == expected)
        #expect(try Timestamp(httpDate: "Sun Nov  6 08:49:37 1994") == expected)
        #expect(throws: AWSError.self) { try Timestamp(httpDate: "Sun, 06 Nov 1994 08:49:37 UTC") }
        #expect(throws: AWSError.self) { try Timestamp(httpDate: "Sun, 31 Nov 1994 08:49:37 GMT") }
    }

    @Test("Every day from 1900 to 2100 survives format → parse, and weekdays agree with a known date")
    func roundTripAllDays() throws {
        var seconds: Int64 = -2_208_988_800  // 1900-01-01
        while seconds < 4_102_444_800 {      // 2100-01-01
            let time = Timestamp(seconds: seconds + 45_296, nanoseconds: 123_000_000)
            #expect(try Timestamp(iso8601: time.iso8601String(fractionalDigits: 3)) == time)
            #expect(try Timestamp(httpDate: time.httpDateString) == Timestamp(seconds: time.seconds))
            seconds += 86_400
        }
    }

    @Test("now() is after 2024 and arithmetic with Duration is exact")
    func nowAndArithmetic() {
        let now = Timestamp.now()
        #expect(now > Timestamp(seconds: 1_704_067_200))
        let later = now.advanced(by: .milliseconds(1500))
        #expect(later.duration(since: now) == .milliseconds(1500))
        #expect(Timestamp(seconds: 10, nanoseconds: -1) == Timestamp(seconds: 9, nanoseconds: 999_999_999))
    }
}
