import AWSCore

/// Durations as the lifecycle commands print them: a clock for progress (`0:07`, `1:02:03`), words for
/// spans (`28 s`, `6 min 30 s`, `2 h 5 min`).
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

    /// `40 s`, `6 min 30 s`, `2 h 5 min`; sub-second spans keep one decimal (`0.4 s`).
    static func span(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "0 s" }
        if seconds < 10 && seconds != seconds.rounded() {
            let tenths = Int((seconds * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) s"
        }
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min" + (total % 60 > 0 ? " \(total % 60) s" : "") }
        return "\(total / 3600) h" + ((total % 3600) / 60 > 0 ? " \((total % 3600) / 60) min" : "")
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

extension Timestamp {
    /// Seconds from `earlier` to this timestamp, with the fraction (negative when `earlier` is later).
    func secondsElapsed(since earlier: Timestamp) -> Double {
        Double(seconds - earlier.seconds) + Double(Int64(nanoseconds) - Int64(earlier.nanoseconds)) / 1e9
    }
}
