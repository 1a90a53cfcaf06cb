/// ISO 8601 / RFC 3339 date-times, the format of AWS JSON timestamps, EC2 `launchTime`, S3 `LastModified`
/// in XML, and our `ExpiresAt` tags.
///
/// See: https://www.rfc-editor.org/rfc/rfc3339#section-5.6
extension Timestamp {
    /// `2015-08-30T12:36:00Z`, or with `fractionalDigits` (1…9) digits of the second: `2015-08-30T12:36:00.123Z`.
    public func iso8601String(fractionalDigits: Int = 0) -> String {
        let civil = CivilTime(epochSeconds: seconds)
        var text = TimeFormatting.padded(civil.year, width: 4) + "-" + TimeFormatting.padded(civil.month, width: 2)
            + "-" + TimeFormatting.padded(civil.day, width: 2) + "T" + TimeFormatting.padded(civil.hour, width: 2)
            + ":" + TimeFormatting.padded(civil.minute, width: 2) + ":" + TimeFormatting.padded(civil.second, width: 2)
        let digits = min(max(fractionalDigits, 0), 9)
        if digits > 0 {
            var divisor = 1
            for _ in 0..<(9 - digits) { divisor *= 10 }
            text += "." + TimeFormatting.padded(Int(nanoseconds) / divisor, width: digits)
        }
        return text + "Z"
    }

    /// Parses an RFC 3339 date-time: `2015-08-30T12:36:00Z`, `2015-08-30T12:36:00.5+02:00`,
    /// `…-0530`, with `T`, `t` or a space between date and time, and any number of fractional digits
    /// (beyond nanoseconds they are truncated).
    ///
    /// - Throws: `AWSError` (`.malformedResponse`, code `InvalidTimestamp`) naming the text and the position.
    public init(iso8601 text: String) throws {
        var cursor = ByteCursor(text)
        func fail(_ expected: String) -> AWSError {
            AWSError(
                kind: .malformedResponse, code: "InvalidTimestamp",
                message: "'\(text)' is not an RFC 3339 date-time: expected \(expected) at offset \(cursor.offset)")
        }
        guard let year = cursor.digits(4) else { throw fail("a 4-digit year") }
        guard cursor.take(UInt8(ascii: "-")), let month = cursor.digits(2) else { throw fail("'-' and a 2-digit month") }
        guard cursor.take(UInt8(ascii: "-")), let day = cursor.digits(2) else { throw fail("'-' and a 2-digit day") }
        guard cursor.take(UInt8(ascii: "T")) || cursor.take(UInt8(ascii: "t")) || cursor.take(UInt8(ascii: " ")) else {
            throw fail("'T' between date and time")
        }
        guard let hour = cursor.digits(2) else { throw fail("a 2-digit hour") }
        guard cursor.take(UInt8(ascii: ":")), let minute = cursor.digits(2) else { throw fail("':' and 2-digit minutes") }
        guard cursor.take(UInt8(ascii: ":")), let second = cursor.digits(2) else { throw fail("':' and 2-digit seconds") }
        var nanos: Int64 = 0
        if cursor.take(UInt8(ascii: ".")) {
            guard let fraction = cursor.digitRun(limit: Int.max) else { throw fail("digits after '.'") }
            var scale: Int64 = 100_000_000
            for digit in fraction.prefix(9) {
                nanos += Int64(digit - UInt8(ascii: "0")) * scale
                scale /= 10
            }
        }
        var offsetSeconds = 0
        if cursor.take(UInt8(ascii: "Z")) || cursor.take(UInt8(ascii: "z")) {
            offsetSeconds = 0
        } else if let sign = cursor.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            _ = cursor.next()
            guard let offsetHours = cursor.digits(2) else { throw fail("a 2-digit offset hour") }
            _ = cursor.take(UInt8(ascii: ":"))
            guard let offsetMinutes = cursor.digits(2), offsetHours < 24, offsetMinutes < 60 else {
                throw fail("2-digit offset minutes")
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        } else {
            throw fail("'Z' or a '+hh:mm'/'-hh:mm' offset")
        }
        guard cursor.isAtEnd else { throw fail("the end of the text") }
        let civil = CivilTime(year: Int64(year), month: month, day: day, hour: hour, minute: minute, second: second)
        guard civil.isValid else {
            throw AWSError(
                kind: .malformedResponse, code: "InvalidTimestamp",
                message: "'\(text)' names no real date and time (month, day or time of day out of range)")
        }
        self.init(seconds: civil.epochSeconds - Int64(offsetSeconds), nanoseconds: nanos)
    }
}

/// Zero-padding for the fixed-width fields of date formats.
enum TimeFormatting {
    static func padded(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }
}
