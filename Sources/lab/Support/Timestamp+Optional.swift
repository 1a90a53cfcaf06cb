import AWSCore

extension Timestamp {
    /// `text` as an RFC 3339 time, or nil when there is no text or it is not one: for times the command line may
    /// go without. A record's times are the stages' to write (an unreadable one counts as unknown rather than
    /// failing `lab list` or `lab cost`), and `--since` tries the next form before it says which forms work.
    init?(validISO8601 text: String?) {
        guard let text else { return nil }
        do {
            self = try Timestamp(iso8601: text)
        } catch {
            return nil
        }
    }
}
