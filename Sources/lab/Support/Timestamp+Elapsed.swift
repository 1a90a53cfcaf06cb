import AWSCore

extension Timestamp {
    /// Seconds from `earlier` to this timestamp, with the fraction (negative when `earlier` is later).
    func secondsElapsed(since earlier: Timestamp) -> Double {
        Double(seconds - earlier.seconds) + Double(Int64(nanoseconds) - Int64(earlier.nanoseconds)) / 1e9
    }
}
