/// One labelled tick of an axis, at a position in the axis's scale space.
struct ChartTick: Sendable, Hashable {
    var position: Double
    var label: String
}
