/// One sample of a chart series, in data units (seconds and messages per second, percentile and
/// milliseconds).
struct ChartPoint: Sendable, Hashable {
    var x: Double
    var y: Double
}
