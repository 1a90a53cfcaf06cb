/// The two date forms Signature Version 4 uses.
///
/// See: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
extension Timestamp {
    /// `yyyyMMdd'T'HHmmss'Z'`, e.g. `20150830T123600Z` (the `X-Amz-Date` value).
    public var sigV4DateTime: String {
        let civil = CivilTime(epochSeconds: seconds)
        return sigV4Date + "T" + TimeFormatting.padded(civil.hour, width: 2) + TimeFormatting.padded(civil.minute, width: 2)
            + TimeFormatting.padded(civil.second, width: 2) + "Z"
    }

    /// `yyyyMMdd`, e.g. `20150830` (the date of the credential scope).
    public var sigV4Date: String {
        let civil = CivilTime(epochSeconds: seconds)
        return TimeFormatting.padded(civil.year, width: 4) + TimeFormatting.padded(civil.month, width: 2)
            + TimeFormatting.padded(civil.day, width: 2)
    }

    /// Parses `yyyyMMdd'T'HHmmss'Z'`.
    ///
    /// - Throws: `AWSError` (`InvalidTimestamp`) naming the text.
    public init(sigV4DateTime text: String) throws {
        var cursor = ByteCursor(text)
        guard let year = cursor.digits(4), let month = cursor.digits(2), let day = cursor.digits(2),
              cursor.take(UInt8(ascii: "T")), let hour = cursor.digits(2), let minute = cursor.digits(2),
              let second = cursor.digits(2), cursor.take(UInt8(ascii: "Z")), cursor.isAtEnd
        else {
            throw AWSError(
                kind: .malformedResponse, code: "InvalidTimestamp",
                message: "'\(text)' is not a SigV4 date-time like 20150830T123600Z")
        }
        let civil = CivilTime(year: Int64(year), month: month, day: day, hour: hour, minute: minute, second: second)
        guard civil.isValid else {
            throw AWSError(kind: .malformedResponse, code: "InvalidTimestamp", message: "'\(text)' names no real date and time")
        }
        self.init(seconds: civil.epochSeconds)
    }
}
