/// The metrics the nightly verdict and `lab compare` judge, each with the direction that is worse and the
/// smallest change that can count: a relative floor (a fraction of the baseline median) and an absolute floor
/// (in the metric's unit, for baselines near zero). The rule itself is `RegressionRule`; both are documented in
/// docs/reports.md.
///
/// Not judged: maximum latency (a single GC pause or page fault sets it, so it says little run to run) and
/// backlog (a consequence of the rates, which are judged).
public enum RegressionMetric: String, Sendable, Hashable, CaseIterable {
    case publishRate = "publish-rate"
    case consumeRate = "consume-rate"
    case publishLatencyP50 = "publish-latency-p50"
    case publishLatencyP99 = "publish-latency-p99"
    case publishLatencyP999 = "publish-latency-p99.9"
    case endToEndLatencyP50 = "end-to-end-latency-p50"
    case endToEndLatencyP99 = "end-to-end-latency-p99"
    case endToEndLatencyP999 = "end-to-end-latency-p99.9"
    case errorRate = "error-rate"

    /// What reports call it.
    public var label: String {
        switch self {
        case .publishRate: return "publish rate"
        case .consumeRate: return "consume rate"
        case .publishLatencyP50: return "publish latency p50"
        case .publishLatencyP99: return "publish latency p99"
        case .publishLatencyP999: return "publish latency p99.9"
        case .endToEndLatencyP50: return "end-to-end latency p50"
        case .endToEndLatencyP99: return "end-to-end latency p99"
        case .endToEndLatencyP999: return "end-to-end latency p99.9"
        case .errorRate: return "error rate"
        }
    }

    public var unit: String {
        switch self {
        case .publishRate, .consumeRate: return "msg/s"
        case .errorRate: return "fraction"
        default: return "ms"
        }
    }

    public var direction: MetricDirection {
        switch self {
        case .publishRate, .consumeRate: return .higherIsBetter
        default: return .lowerIsBetter
        }
    }

    /// The smallest change, relative to the baseline median, that can count: 5 % for throughput, 10 % for
    /// p50 and p99 latency, 20 % for p99.9 (it rests on a thousandth of the messages, so it moves more from run
    /// to run), and none for the error rate (judged on its absolute floor).
    public var minimumRelativeChange: Double {
        switch self {
        case .publishRate, .consumeRate: return 0.05
        case .publishLatencyP50, .publishLatencyP99, .endToEndLatencyP50, .endToEndLatencyP99: return 0.10
        case .publishLatencyP999, .endToEndLatencyP999: return 0.20
        case .errorRate: return 0
        }
    }

    /// The smallest absolute change that can count, in `unit`: 0.05 ms of latency (below what the network
    /// jitters by), 1 msg/s of rate, 0.001 (0.1 percentage point) of error rate.
    public var minimumAbsoluteChange: Double {
        switch self {
        case .publishRate, .consumeRate: return 1
        case .errorRate: return 0.001
        default: return 0.05
        }
    }

    /// The metric's value in a summary; nil when the summary does not have it (legacy results record no errors).
    public func value(in summary: WorkloadSummary) -> Double? {
        switch self {
        case .publishRate: return summary.publishRate
        case .consumeRate: return summary.consumeRate
        case .publishLatencyP50: return summary.publishLatency.p50
        case .publishLatencyP99: return summary.publishLatency.p99
        case .publishLatencyP999: return summary.publishLatency.p999
        case .endToEndLatencyP50: return summary.endToEndLatency.p50
        case .endToEndLatencyP99: return summary.endToEndLatency.p99
        case .endToEndLatencyP999: return summary.endToEndLatency.p999
        case .errorRate: return summary.errorRate
        }
    }
}
