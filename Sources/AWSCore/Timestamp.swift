import Glibc

/// A point in time in UTC: seconds and nanoseconds since 1970-01-01T00:00:00Z.
///
/// Our own small type instead of Foundation's `Date` (AWSCore imports no Foundation; see the team brief).
/// Formatting and parsing live in `Timestamp+ISO8601`, `Timestamp+SigV4` and `Timestamp+HTTPDate`.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole seconds since the epoch (negative before 1970).
    public let seconds: Int64
    /// Nanoseconds within the second, always in `0..<1_000_000_000`.
    public let nanoseconds: Int32

    /// Creates a timestamp, normalising nanoseconds outside `0..<1_000_000_000` into the seconds.
    public init(seconds: Int64, nanoseconds: Int64 = 0) {
        let carry = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds - 999_999_999) / 1_000_000_000
        self.seconds = seconds + carry
        self.nanoseconds = Int32(nanoseconds - carry * 1_000_000_000)
    }

    /// The current wall-clock time (`CLOCK_REALTIME`).
    public static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(seconds: Int64(spec.tv_sec), nanoseconds: Int64(spec.tv_nsec))
    }

    /// This timestamp moved by `duration` (negative durations move back).
    public func advanced(by duration: Duration) -> Timestamp {
        let (durationSeconds, attoseconds) = duration.components
        return Timestamp(seconds: seconds + durationSeconds, nanoseconds: Int64(nanoseconds) + attoseconds / 1_000_000_000)
    }

    /// The time from `other` to this timestamp (negative when `other` is later).
    public func duration(since other: Timestamp) -> Duration {
        .seconds(seconds - other.seconds) + .nanoseconds(Int64(nanoseconds) - Int64(other.nanoseconds))
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }

    /// RFC 3339 with as many fractional digits as needed (none for whole seconds).
    public var description: String { iso8601String(fractionalDigits: nanoseconds == 0 ? 0 : 9) }
}
