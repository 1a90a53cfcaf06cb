/// Which way a metric gets worse.
public enum MetricDirection: String, Sendable, Hashable {
    /// Latencies, error rate: higher is worse.
    case lowerIsBetter
    /// Throughput: lower is worse.
    case higherIsBetter

    /// How much worse `current` is than `baseline`, signed: positive means worse, negative better.
    public func worsening(from baseline: Double, to current: Double) -> Double {
        switch self {
        case .lowerIsBetter: return current - baseline
        case .higherIsBetter: return baseline - current
        }
    }
}
