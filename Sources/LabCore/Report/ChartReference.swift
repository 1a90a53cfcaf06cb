/// A horizontal line across a chart at a fixed value (the target rate), labelled where it ends. It is not a
/// series of samples: it carries `data-series` but no `data-samples`.
struct ChartReference: Sendable, Hashable {
    var key: String
    var label: String
    var y: Double
}
