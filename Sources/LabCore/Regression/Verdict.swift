/// What the regression rule says about a metric, or about a workload as a whole.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// Worse than the baseline by more than the threshold.
    case regressed
    /// Better than the baseline by more than the threshold.
    case improved
    /// Within the threshold either way.
    case unchanged
    /// Fewer baseline runs than the rule needs: no judgement.
    case insufficientHistory = "insufficient-history"

    /// How reports print it (words, not colours: readable in any medium).
    public var label: String {
        switch self {
        case .regressed: return "REGRESSED"
        case .improved: return "improved"
        case .unchanged: return "unchanged"
        case .insufficientHistory: return "insufficient history"
        }
    }
}
