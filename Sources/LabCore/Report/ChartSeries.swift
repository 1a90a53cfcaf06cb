/// One line of a chart: one point per sample, drawn as one SVG `<polyline>` whose `points` attribute holds
/// exactly one `x,y` pair per sample, marked `data-series="<key>"` and `data-samples="<count>"`.
struct ChartSeries: Sendable, Hashable {
    /// Stable, machine-readable name (`publish-rate`, `publish-p99`): the `data-series` attribute.
    var key: String
    /// What the legend says.
    var label: String
    var points: [ChartPoint]
}
