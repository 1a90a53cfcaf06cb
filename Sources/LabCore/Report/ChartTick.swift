/// One tick of an axis, at a position in the axis's scale space; an empty label draws the grid line only.
struct ChartTick: Sendable, Hashable {
    var position: Double
    var label: String
}
