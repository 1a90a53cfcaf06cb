import AWSCore
import LabCore

/// Durations as the command line prints them: a clock for progress (`0:07`, `1:02:03`), an offset for log lines
/// (`+00:28.367`), words for spans (`28 s`, `6 min 30 s`, `2 h 5 min`, as the reports write them) and ages in the
/// one unit a person reads at a glance (`42 s`, `5 min`, `7 h`, `3 d`).
enum ElapsedText {
    /// `m:ss`, or `h:mm:ss` from an hour on; negative durations print as `0:00`.
    static func clock(_ seconds: Double) -> String {
        let total = seconds.isFinite ? max(0, Int(seconds.rounded(.down))) : 0
        let (hours, minutes, rest) = (total / 3600, (total % 3600) / 60, total % 60)
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }

    /// `+mm:ss.mmm` from the start of an execution, for `lab logs` (minutes keep counting past 60, so the
    /// column stays sortable by eye).
    static func offset(_ seconds: Double) -> String {
        let milliseconds = seconds.isFinite ? max(0, Int((seconds * 1000).rounded())) : 0
        let minutes = milliseconds / 60_000, rest = (milliseconds % 60_000) / 1000, fraction = milliseconds % 1000
        let millis = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
        return "+\(twoDigits(minutes)):\(twoDigits(rest)).\(millis)"
    }

    /// `40 s`, `6 min 30 s`, `2 h 5 min` (LabCore's `DurationText`, as the reports write them); spans under 10 s
    /// keep one decimal (`0.4 s`); negative ones print as `0 s`.
    static func span(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "0 s" }
        if seconds < 10 && seconds != seconds.rounded() {
            let tenths = Int((seconds * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) s"
        }
        return DurationText.seconds(seconds)
    }

    /// How old something is, in one unit: hours up to two days (a day-old image says `26 h`, not `1 d`), whole
    /// units, rounded down.
    static func age(seconds: Int64) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min" }
        if seconds < 48 * 3600 { return "\(seconds / 3600) h" }
        return "\(seconds / 86_400) d"
    }

    /// The age at `now` of something created at `created`; `?` when the date is unknown. A date in the future
    /// (clock skew) reads `0 s`.
    static func age(from created: Timestamp?, to now: Timestamp) -> String {
        guard let created else { return "?" }
        return age(seconds: now.seconds - created.seconds)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
