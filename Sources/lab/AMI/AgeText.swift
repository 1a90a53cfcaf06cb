import AWSCore

/// How old something is, in the one unit a person reads at a glance: `42 s`, `5 min`, `7 h`, `3 d`.
/// Hours up to two days (a day-old image says `26 h`, not `1 d`), whole units, rounded down.
enum AgeText {
    static func text(seconds: Int64) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min" }
        if seconds < 48 * 3600 { return "\(seconds / 3600) h" }
        return "\(seconds / 86_400) d"
    }

    /// The age at `now` of something created at `created`; `?` when the date is unknown. A date in the future
    /// (clock skew) reads `0 s`.
    static func text(from created: Timestamp?, to now: Timestamp) -> String {
        guard let created else { return "?" }
        return text(seconds: now.seconds - created.seconds)
    }
}
