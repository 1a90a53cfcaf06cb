/// How an axis turns values into positions.
enum ChartScale: Sendable, Hashable {
    /// Positions proportional to values.
    case linear
    /// Positions proportional to log₁₀ of the value. Values at or below `floor` (a latency of 0, say) are
    /// drawn at the floor, the axis's lower end, instead of at minus infinity.
    case logarithmic(floor: Double)
    /// Percentiles by their "nines": p ↦ −log₁₀(1 − p/100), so 90 → 1, 99 → 2, 99.9 → 3. Percentile 100 (the
    /// maximum) has no finite position and is drawn at `maximumPosition`, a labelled slot at the axis's end.
    case nines(maximumPosition: Double)

    /// `value` in scale space (where ticks and the domain live). Always finite for finite input.
    func transform(_ value: Double) -> Double {
        switch self {
        case .linear:
            return value
        case .logarithmic(let floor):
            return ReportMath.decimalLog(value > floor ? value : floor)
        case .nines(let maximumPosition):
            if value >= 100 { return maximumPosition }
            if value <= 0 { return 0 }
            return min(-ReportMath.decimalLog(1 - value / 100), maximumPosition)
        }
    }
}
