/// Median and median absolute deviation: a baseline's centre and spread that one bad night cannot drag
/// (the mean and standard deviation can be moved arbitrarily far by a single outlier).
public enum RobustStatistics {
    /// Scales the MAD to estimate the standard deviation of normally distributed data (1 / Φ⁻¹(3/4)).
    public static let normalConsistency = 1.4826

    /// The middle value (the mean of the two middle values for an even count); nil for no values.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The median of the absolute deviations from the median; nil for no values.
    public static func medianAbsoluteDeviation(_ values: [Double]) -> Double? {
        guard let centre = median(values) else { return nil }
        return median(values.map { abs($0 - centre) })
    }
}
