/// One axis of a chart: its title, its scale, its domain and its ticks. The domain and the tick positions
/// are in scale space (log₁₀ of the value on a logarithmic axis, nines on a percentile axis).
struct ChartAxis: Sendable, Hashable {
    var title: String
    var scale: ChartScale
    var lower: Double
    var upper: Double
    var ticks: [ChartTick]

    /// Where `value` falls between the axis's ends: 0 at `lower`, 1 at `upper`. Values outside the domain
    /// are clamped to its ends and anything not finite is drawn at the lower end, so no coordinate in the
    /// drawing is ever NaN or infinite.
    func fraction(of value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let span = upper - lower
        guard span > 0, span.isFinite else { return 0 }
        let fraction = (scale.transform(value) - lower) / span
        guard fraction.isFinite else { return 0 }
        return min(max(fraction, 0), 1)
    }

    /// Where a tick at scale-space `position` falls (0…1).
    func fraction(ofPosition position: Double) -> Double {
        let span = upper - lower
        guard span > 0, position.isFinite else { return 0 }
        return min(max((position - lower) / span, 0), 1)
    }
}
