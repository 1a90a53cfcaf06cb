/// Epoch-seconds timestamps, the default timestamp format of the JSON 1.0/1.1 and REST-JSON protocols
/// (`"startDate": 1.700000000123E9`, `"RequestedDateTime": 1700000000.123`).
///
/// See: https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait (`epoch-seconds`)
extension Timestamp {
    /// Parses a JSON number's text as seconds since the epoch, exactly (no detour through `Double`, so
    /// milliseconds survive): plain, fractional and exponent forms, negative values for times before 1970.
    /// Digits beyond nanoseconds are truncated.
    ///
    /// - Throws: `AWSError` (`.malformedResponse`, code `InvalidTimestamp`) naming the text.
    public init(epochSeconds text: String) throws {
        let failure = AWSError(
            kind: .malformedResponse, code: "InvalidTimestamp",
            message: "'\(text)' is not a number of seconds since 1970-01-01T00:00:00Z within the representable range")
        var cursor = ByteCursor(text)
        let negative = cursor.take(UInt8(ascii: "-"))
        guard let integerDigits = cursor.digitRun(limit: 40) else { throw failure }
        var fractionDigits: [UInt8] = []
        if cursor.take(UInt8(ascii: ".")) {
            guard let digits = cursor.digitRun(limit: 40) else { throw failure }
            fractionDigits = digits
        }
        var exponent = 0
        if cursor.take(UInt8(ascii: "e")) || cursor.take(UInt8(ascii: "E")) {
            let exponentNegative = cursor.take(UInt8(ascii: "-"))
            if !exponentNegative { _ = cursor.take(UInt8(ascii: "+")) }
            guard let digits = cursor.digitRun(limit: 3) else { throw failure }
            exponent = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } * (exponentNegative ? -1 : 1)
        }
        guard cursor.isAtEnd else { throw failure }
        // value = 0.digits × 10^point: split the digits at the decimal point moved by the exponent.
        let digits = integerDigits + fractionDigits
        let point = integerDigits.count + exponent
        var seconds: Int64 = 0
        var nanoseconds: Int64 = 0
        for index in 0..<max(point, 0) {
            let digit = index < digits.count ? Int64(digits[index] - UInt8(ascii: "0")) : 0
            let (shifted, overflowA) = seconds.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { throw failure }
            seconds = sum
        }
        for place in 0..<9 {
            let index = point + place
            let digit = index >= 0 && index < digits.count ? Int64(digits[index] - UInt8(ascii: "0")) : 0
            nanoseconds = nanoseconds * 10 + digit
        }
        self.init(seconds: negative ? -seconds : seconds, nanoseconds: negative ? -nanoseconds : nanoseconds)
    }
}
