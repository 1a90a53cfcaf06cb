import AWSCore
import Testing
@testable import lab

@Suite("Durations: clocks, log offsets, spans as the reports write them, ages in one unit")
struct ElapsedTextTests {
    @Test("Clocks, offsets and spans")
    func clocksOffsetsAndSpans() {
        #expect(ElapsedText.clock(7.9) == "0:07")
        #expect(ElapsedText.clock(3723) == "1:02:03")
        #expect(ElapsedText.clock(-5) == "0:00")
        #expect(ElapsedText.offset(28.367) == "+00:28.367")
        #expect(ElapsedText.offset(3725.004) == "+62:05.004")
        #expect(ElapsedText.span(0.44) == "0.4 s")
        #expect(ElapsedText.span(40) == "40 s")
        #expect(ElapsedText.span(390) == "6 min 30 s")
        #expect(ElapsedText.span(725) == "12 min 5 s")
        #expect(ElapsedText.span(7200) == "2 h")
        #expect(ElapsedText.span(7380) == "2 h 3 min")
        #expect(ElapsedText.span(7500) == "2 h 5 min")
        #expect(ElapsedText.span(-3) == "0 s")
    }

    @Test("Ages: seconds, minutes, hours up to two days, then days; rounded down at each boundary", arguments: [
        (0, "0 s"), (59, "59 s"), (60, "1 min"), (3599, "59 min"), (3600, "1 h"), (26 * 3600, "26 h"),
        (48 * 3600 - 1, "47 h"), (48 * 3600, "2 d"), (3 * 86_400 + 7 * 3600, "3 d"), (400 * 86_400, "400 d"),
    ] as [(Int64, String)])
    func ageBoundaries(_ seconds: Int64, _ expected: String) {
        #expect(ElapsedText.age(seconds: seconds) == expected, "\(seconds) s")
    }

    @Test("An age between two timestamps; a future date (clock skew) reads 0 s, an unknown one ?")
    func ageBetweenTimestamps() throws {
        let now = try Timestamp(iso8601: "2026-11-27T12:00:00Z")
        #expect(ElapsedText.age(from: try Timestamp(iso8601: "2026-11-24T11:00:00Z"), to: now) == "3 d")
        #expect(ElapsedText.age(from: try Timestamp(iso8601: "2026-11-27T11:58:30Z"), to: now) == "1 min")
        #expect(ElapsedText.age(from: try Timestamp(iso8601: "2026-11-27T12:05:00Z"), to: now) == "0 s")
        #expect(ElapsedText.age(from: nil, to: now) == "?")
    }
}
