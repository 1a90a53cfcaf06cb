import AWSCore
import Testing
@testable import lab

@Suite("lab ami list: ages in one unit a person reads at a glance")
struct AgeTextTests {
    @Test("Seconds, minutes, hours up to two days, then days; rounded down at each boundary", arguments: [
        (0, "0 s"), (59, "59 s"), (60, "1 min"), (3599, "59 min"), (3600, "1 h"), (26 * 3600, "26 h"),
        (48 * 3600 - 1, "47 h"), (48 * 3600, "2 d"), (3 * 86_400 + 7 * 3600, "3 d"), (400 * 86_400, "400 d"),
    ] as [(Int64, String)])
    func boundaries(_ seconds: Int64, _ expected: String) {
        #expect(AgeText.text(seconds: seconds) == expected, "\(seconds) s")
    }

    @Test("Between two timestamps; a future date (clock skew) reads 0 s, an unknown one ?")
    func betweenTimestamps() throws {
        let now = try Timestamp(iso8601: "2026-11-27T12:00:00Z")
        #expect(AgeText.text(from: try Timestamp(iso8601: "2026-11-24T11:00:00Z"), to: now) == "3 d")
        #expect(AgeText.text(from: try Timestamp(iso8601: "2026-11-27T11:58:30Z"), to: now) == "1 min")
        #expect(AgeText.text(from: try Timestamp(iso8601: "2026-11-27T12:05:00Z"), to: now) == "0 s")
        #expect(AgeText.text(from: nil, to: now) == "?")
    }
}
