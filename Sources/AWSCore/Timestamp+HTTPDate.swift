/// HTTP dates (`Last-Modified`, `Date`, `Expires`), as S3 sends them.
///
/// See: https://www.rfc-editor.org/rfc/rfc7231#section-7.1.1.1
extension Timestamp {
    static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let longWeekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
    public var httpDateString: String {
        let civil = CivilTime(epochSeconds: seconds)
        return Timestamp.weekdayNames[civil.weekday] + ", " + TimeFormatting.padded(civil.day, width: 2) + " "
            + Timestamp.monthNames[civil.month - 1] + " " + TimeFormatting.padded(civil.year, width: 4) + " "
            + TimeFormatting.padded(civil.hour, width: 2) + ":" + TimeFormatting.padded(civil.minute, width: 2) + ":"
            + TimeFormatting.padded(civil.second, width: 2) + " GMT"
    }

    /// Parses any of the three forms a recipient must accept: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`),
    /// RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`).
    /// The weekday is read but not cross-checked, as RFC 7231 allows.
    ///
    /// - Throws: `AWSError` (`InvalidTimestamp`) naming the text.
    public init(httpDate text: String) throws {
        var cursor = ByteCursor(text)
        let failure = AWSError(
            kind: .malformedResponse, code: "InvalidTimestamp",
            message: "'\(text)' is not an HTTP date like 'Sun, 06 Nov 1994 08:49:37 GMT' (RFC 7231 section 7.1.1.1)")
        let weekday = cursor.letters()
        guard Timestamp.weekdayNames.contains(weekday) || Timestamp.longWeekdayNames.contains(weekday) else { throw failure }
        var year: Int64
        let month: Int
        let day: Int
        if cursor.take(UInt8(ascii: ",")) {
            guard cursor.take(UInt8(ascii: " ")), let dayValue = cursor.digits(2) else { throw failure }
            day = dayValue
            if cursor.take(UInt8(ascii: " ")) {  // IMF-fixdate
                guard let monthIndex = Timestamp.monthNames.firstIndex(of: cursor.letters()),
                      cursor.take(UInt8(ascii: " ")), let yearValue = cursor.digits(4) else { throw failure }
                month = monthIndex + 1
                year = Int64(yearValue)
            } else {  // RFC 850
                guard cursor.take(UInt8(ascii: "-")), let monthIndex = Timestamp.monthNames.firstIndex(of: cursor.letters()),
                      cursor.take(UInt8(ascii: "-")), let twoDigitYear = cursor.digits(2) else { throw failure }
                month = monthIndex + 1
                // RFC 7231: a two-digit year more than 50 years in the future means the past century.
                year = Int64(2000 + twoDigitYear)
                let currentYear = CivilTime(epochSeconds: Timestamp.now().seconds).year
                if year > currentYear + 50 { year -= 100 }
            }
            guard cursor.take(UInt8(ascii: " ")), let time = Timestamp.timeOfDay(&cursor),
                  cursor.take(word: " GMT"), cursor.isAtEnd else { throw failure }
            try self.init(civil: CivilTime(year: year, month: month, day: day, hour: time.0, minute: time.1, second: time.2), failure)
        } else {  // asctime: "Sun Nov  6 08:49:37 1994"
            guard cursor.take(UInt8(ascii: " ")), let monthIndex = Timestamp.monthNames.firstIndex(of: cursor.letters()),
                  cursor.take(UInt8(ascii: " ")) else { throw failure }
            _ = cursor.take(UInt8(ascii: " "))
            guard let dayDigits = cursor.digitRun(limit: 2), cursor.take(UInt8(ascii: " ")),
                  let time = Timestamp.timeOfDay(&cursor), cursor.take(UInt8(ascii: " ")),
                  let yearValue = cursor.digits(4), cursor.isAtEnd else { throw failure }
            let dayValue = dayDigits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            try self.init(
                civil: CivilTime(year: Int64(yearValue), month: monthIndex + 1, day: dayValue,
                                 hour: time.0, minute: time.1, second: time.2), failure)
        }
    }

    private init(civil: CivilTime, _ failure: AWSError) throws {
        guard civil.isValid else { throw failure }
        self.init(seconds: civil.epochSeconds)
    }

    private static func timeOfDay(_ cursor: inout ByteCursor) -> (Int, Int, Int)? {
        guard let hour = cursor.digits(2), cursor.take(UInt8(ascii: ":")), let minute = cursor.digits(2),
              cursor.take(UInt8(ascii: ":")), let second = cursor.digits(2) else { return nil }
        return (hour, minute, second)
    }
}
