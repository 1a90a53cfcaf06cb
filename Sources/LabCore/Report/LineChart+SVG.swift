/// The chart as an inline SVG element for the HTML report: no scripts, no external resources.
///
/// Countable by tests and tools: each series is ONE `<polyline>` with `data-series` (its key) and
/// `data-samples` (its number of samples), whose `points` attribute holds exactly one `x,y` pair per sample,
/// in sample order. The `<svg>` carries `data-chart` (its kind) and `data-workload`.
extension LineChart {
    func svg() -> String {
        var out = ""
        let width = NumberText.coordinate(ChartStyle.width), height = NumberText.coordinate(ChartStyle.height)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(width) \(height)\""
        out += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
        out += " data-chart=\"\(HTMLText.escape(kind))\" data-workload=\"\(HTMLText.escape(workload))\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTMLText.escape(summary))</desc>\n"
        out += markerDefinitions()
        out += grid()
        out += axes()
        out += legend()
        for reference in references { out += referenceLine(reference) }
        for (index, series) in series.enumerated() { out += polyline(series, index: index) }
        out += "</svg>"
        return out
    }

    private func x(_ value: Double) -> Double {
        ChartStyle.plotLeft + xAxis.fraction(of: value) * (ChartStyle.plotRight - ChartStyle.plotLeft)
    }

    private func y(_ value: Double) -> Double {
        ChartStyle.plotBottom - yAxis.fraction(of: value) * (ChartStyle.plotBottom - ChartStyle.plotTop)
    }

    private func xTick(_ tick: ChartTick) -> Double {
        ChartStyle.plotLeft + xAxis.fraction(ofPosition: tick.position) * (ChartStyle.plotRight - ChartStyle.plotLeft)
    }

    private func yTick(_ tick: ChartTick) -> Double {
        ChartStyle.plotBottom - yAxis.fraction(ofPosition: tick.position) * (ChartStyle.plotBottom - ChartStyle.plotTop)
    }

    private func usesMarkers(_ series: ChartSeries) -> Bool {
        series.points.count <= ChartStyle.markerLimit
    }

    /// One marker per series that has few samples: circle, square, triangle, diamond.
    private func markerDefinitions() -> String {
        let marked = series.enumerated().filter { usesMarkers($0.element) }
        guard !marked.isEmpty else { return "" }
        var out = "<defs>\n"
        for (index, _) in marked {
            let colour = ChartStyle.colour(index)
            let shape: String
            switch index % 4 {
            case 0: shape = "<circle cx=\"4\" cy=\"4\" r=\"3\" fill=\"\(colour)\"/>"
            case 1: shape = "<rect x=\"1\" y=\"1\" width=\"6\" height=\"6\" fill=\"\(colour)\"/>"
            case 2: shape = "<path d=\"M4 0.5 L7.5 7 L0.5 7 Z\" fill=\"\(colour)\"/>"
            default: shape = "<path d=\"M4 0 L8 4 L4 8 L0 4 Z\" fill=\"\(colour)\"/>"
            }
            out += "<marker id=\"\(id)-m\(index)\" viewBox=\"0 0 8 8\" refX=\"4\" refY=\"4\" markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\">\(shape)</marker>\n"
        }
        return out + "</defs>\n"
    }

    private func grid() -> String {
        var out = "<g class=\"grid\" stroke=\"\(ChartStyle.gridColour)\" stroke-width=\"1\">\n"
        let left = NumberText.coordinate(ChartStyle.plotLeft), right = NumberText.coordinate(ChartStyle.plotRight)
        let top = NumberText.coordinate(ChartStyle.plotTop), bottom = NumberText.coordinate(ChartStyle.plotBottom)
        for tick in yAxis.ticks {
            let position = NumberText.coordinate(yTick(tick))
            out += "<line x1=\"\(left)\" y1=\"\(position)\" x2=\"\(right)\" y2=\"\(position)\"/>\n"
        }
        for tick in xAxis.ticks {
            let position = NumberText.coordinate(xTick(tick))
            out += "<line x1=\"\(position)\" y1=\"\(top)\" x2=\"\(position)\" y2=\"\(bottom)\"/>\n"
        }
        return out + "</g>\n"
    }

    private func axes() -> String {
        let left = NumberText.coordinate(ChartStyle.plotLeft), right = NumberText.coordinate(ChartStyle.plotRight)
        let top = NumberText.coordinate(ChartStyle.plotTop), bottom = NumberText.coordinate(ChartStyle.plotBottom)
        var out = "<g class=\"axes\" stroke=\"\(ChartStyle.textColour)\" stroke-width=\"1\">\n"
        out += "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(right)\" y2=\"\(bottom)\"/>\n"
        out += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(bottom)\"/>\n"
        out += "</g>\n"
        out += "<g class=\"tick-labels\" fill=\"\(ChartStyle.textColour)\" font-size=\"\(NumberText.fixed(ChartStyle.fontSize, places: 0))\">\n"
        let xLabelBaseline = NumberText.coordinate(ChartStyle.plotBottom + 17)
        for tick in xAxis.ticks where !tick.label.isEmpty {
            out += "<text x=\"\(NumberText.coordinate(xTick(tick)))\" y=\"\(xLabelBaseline)\" text-anchor=\"middle\">\(HTMLText.escape(tick.label))</text>\n"
        }
        let yLabelX = NumberText.coordinate(ChartStyle.plotLeft - 6)
        for tick in yAxis.ticks where !tick.label.isEmpty {
            out += "<text x=\"\(yLabelX)\" y=\"\(NumberText.coordinate(yTick(tick) + 4))\" text-anchor=\"end\">\(HTMLText.escape(tick.label))</text>\n"
        }
        out += "</g>\n"
        let middleX = NumberText.coordinate((ChartStyle.plotLeft + ChartStyle.plotRight) / 2)
        let middleY = NumberText.coordinate((ChartStyle.plotTop + ChartStyle.plotBottom) / 2)
        out += "<text class=\"axis-title\" x=\"\(middleX)\" y=\"\(NumberText.coordinate(ChartStyle.height - 12))\" text-anchor=\"middle\" fill=\"\(ChartStyle.textColour)\" font-size=\"\(NumberText.fixed(ChartStyle.fontSize, places: 0))\">\(HTMLText.escape(xAxis.title))</text>\n"
        out += "<text class=\"axis-title\" x=\"16\" y=\"\(middleY)\" transform=\"rotate(-90 16 \(middleY))\" text-anchor=\"middle\" fill=\"\(ChartStyle.textColour)\" font-size=\"\(NumberText.fixed(ChartStyle.fontSize, places: 0))\">\(HTMLText.escape(yAxis.title))</text>\n"
        return out
    }

    /// Swatches (a short stretch of the series' line, with its dash pattern and marker) and names along the
    /// top; the reference lines are labelled where they are drawn instead.
    private func legend() -> String {
        var out = "<g class=\"legend\" font-size=\"\(NumberText.fixed(ChartStyle.fontSize, places: 0))\" fill=\"\(ChartStyle.textColour)\">\n"
        var cursor = ChartStyle.plotLeft
        let baseline = ChartStyle.legendBaseline
        for (index, series) in series.enumerated() {
            // A path with a middle vertex, so a series with markers shows its marker in the swatch too.
            let lineY = NumberText.coordinate(baseline - 4)
            out += "<path d=\"M\(NumberText.coordinate(cursor)) \(lineY) H\(NumberText.coordinate(cursor + 14)) H\(NumberText.coordinate(cursor + 28))\" fill=\"none\"\(stroke(index))"
            out += usesMarkers(series) ? " marker-mid=\"url(#\(id)-m\(index))\"/>\n" : "/>\n"
            out += "<text x=\"\(NumberText.coordinate(cursor + 34))\" y=\"\(NumberText.coordinate(baseline))\">\(HTMLText.escape(series.label))</text>\n"
            cursor += 34 + Double(series.label.count) * ChartStyle.averageGlyphWidth + 18
        }
        return out + "</g>\n"
    }

    /// The label sits above the line's right end, haloed in white: a series often runs right on its target.
    private func referenceLine(_ reference: ChartReference) -> String {
        let position = NumberText.coordinate(y(reference.y))
        var out = "<line class=\"reference\" data-series=\"\(HTMLText.escape(reference.key))\" x1=\"\(NumberText.coordinate(ChartStyle.plotLeft))\" y1=\"\(position)\" x2=\"\(NumberText.coordinate(ChartStyle.plotRight))\" y2=\"\(position)\""
        out += " stroke=\"\(ChartStyle.referenceColour)\" stroke-width=\"1.5\" stroke-dasharray=\"\(ChartStyle.referenceDash)\"/>\n"
        out += "<text class=\"reference-label\" x=\"\(NumberText.coordinate(ChartStyle.plotRight - 4))\" y=\"\(NumberText.coordinate(y(reference.y) - 5))\" text-anchor=\"end\" fill=\"\(ChartStyle.referenceColour)\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" font-size=\"\(NumberText.fixed(ChartStyle.fontSize, places: 0))\">\(HTMLText.escape(reference.label))</text>\n"
        return out
    }

    private func polyline(_ series: ChartSeries, index: Int) -> String {
        let points = series.points.map { "\(NumberText.coordinate(x($0.x))),\(NumberText.coordinate(y($0.y)))" }
        var out = "<polyline class=\"series\" data-series=\"\(HTMLText.escape(series.key))\" data-samples=\"\(series.points.count)\""
        out += " fill=\"none\"\(stroke(index)) stroke-linejoin=\"round\" stroke-linecap=\"round\""
        if usesMarkers(series) {
            let marker = "url(#\(id)-m\(index))"
            out += " marker-start=\"\(marker)\" marker-mid=\"\(marker)\" marker-end=\"\(marker)\""
        }
        out += " points=\"\(points.joined(separator: " "))\">"
        out += "<title>\(HTMLText.escape(series.label)): \(series.points.count) samples</title></polyline>\n"
        return out
    }

    private func stroke(_ index: Int) -> String {
        var attributes = " stroke=\"\(ChartStyle.colour(index))\" stroke-width=\"2\""
        if let dash = ChartStyle.dash(index) { attributes += " stroke-dasharray=\"\(dash)\"" }
        return attributes
    }
}
