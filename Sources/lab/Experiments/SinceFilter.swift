import Foundation
import AWSCore

/// `lab list --since`: a time, written as a duration back from now (`90m`, `12h`, `7d`, `2w`, `1d12h`), an
/// RFC 3339 time (`2026-11-26T02:00:00Z`), or a UTC date (`2026-11-26`, from its midnight).
enum SinceFilter {
    static let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800]

    static func parse(_ text: String, now: Timestamp) throws(LabCLIError) -> Timestamp {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = durationSeconds(trimmed) { return Timestamp(seconds: now.seconds - seconds, nanoseconds: Int64(now.nanoseconds)) }
        if let time = Timestamp(validISO8601: trimmed) { return time }
        if let time = Timestamp(validISO8601: trimmed + "T00:00:00Z"), trimmed.count == 10 { return time }
        throw LabCLIError(
            code: .invalidArguments,
            message: "--since \(text) is neither a duration nor a time: use e.g. 90m, 12h, 7d, 2w, 1d12h, 2026-11-26 or 2026-11-26T02:00:00Z")
    }

    /// `1d12h` → 129600; `nil` unless the whole text is number-unit pairs.
    static func durationSeconds(_ text: String) -> Int64? {
        guard !text.isEmpty else { return nil }
        var total: Int64 = 0
        var digits = ""
        for character in text.lowercased() {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else if let unit = units[character], let value = Int64(digits) {
                let (product, overflow) = value.multipliedReportingOverflow(by: unit)
                guard !overflow else { return nil }
                total += product
                digits = ""
            } else {
                return nil
            }
        }
        return digits.isEmpty ? total : nil
    }
}
