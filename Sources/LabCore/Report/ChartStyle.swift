/// The look of every chart: size, margins, and how series differ. Series differ in colour AND in dash pattern
/// (and, when they have few samples, in marker shape), so they can be told apart without colour: printed in
/// grey, or by a reader who does not see the palette's hues.
enum ChartStyle {
    static let width = 760.0
    static let height = 320.0
    static let plotLeft = 76.0
    static let plotRight = 736.0
    static let plotTop = 44.0
    static let plotBottom = 258.0
    static let legendBaseline = 22.0
    static let fontSize = 12.0
    /// For laying out the legend without measuring text: a generous average glyph width at `fontSize`.
    static let averageGlyphWidth = 7.0

    /// Okabe & Ito's colour-blind-safe palette: blue, vermilion, bluish green, reddish purple.
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7"]
    /// Solid, dashed, dotted, dash-dot: distinct in greyscale too.
    static let dashes: [String?] = [nil, "7 4", "2 3", "10 3 2 3"]
    /// Marker shapes per series (drawn at each sample only when a series has at most `markerLimit` samples;
    /// with more, markers would merge into a thick line).
    static let markerLimit = 40
    static let referenceColour = "#444444"
    static let referenceDash = "1 4"
    static let gridColour = "#dddddd"
    static let textColour = "#222222"

    static func colour(_ index: Int) -> String { colours[index % colours.count] }
    static func dash(_ index: Int) -> String? { dashes[index % dashes.count] }
}
