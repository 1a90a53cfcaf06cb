/// One chart of a report: a few series of samples over shared axes, and optional reference lines. Rendered
/// as inline SVG by `svg()` (LineChart+SVG.swift).
struct LineChart: Sendable, Hashable {
    /// Unique within the HTML document (`w1-throughput`): prefixes the ids of the chart's title, description
    /// and markers, which share the page's id namespace.
    var id: String
    /// What the chart shows (`throughput`, `latency`, `quantiles`): the `data-chart` attribute.
    var kind: String
    var workload: String
    /// The SVG `<title>` (and the figure caption).
    var title: String
    /// The SVG `<desc>`: the chart in words, for screen readers and for anyone who cannot tell the lines apart.
    var summary: String
    var xAxis: ChartAxis
    var yAxis: ChartAxis
    var series: [ChartSeries]
    var references: [ChartReference] = []
}
