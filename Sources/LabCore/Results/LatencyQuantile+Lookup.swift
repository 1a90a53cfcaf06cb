extension Array where Element == LatencyQuantile {
    /// The latency at `percentile`: the first point at or above it (the curve is sorted by percentile), or
    /// nil for an empty curve or a percentile beyond the last point.
    public func latency(atPercentile percentile: Double) -> Double? {
        first { $0.percentile >= percentile }?.latencyMs
    }
}
