import Foundation

/// Reads back what the HTML report emits, to check its structure: tag balance, and each chart's series
/// (`<polyline data-series data-samples points>`) with their coordinates.
enum HTMLStructure {
    /// Elements HTML never closes. The report writes them self-closed (`<meta …/>`) anyway.
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "source", "wbr"]

    /// Everything wrong with the nesting of the tags, in document order; empty when every element is closed
    /// in the order it was opened.
    static func tagProblems(_ html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { problems.append("unterminated comment"); break }
                rest = rest[end.upperBound...]
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { problems.append("unterminated tag at \(rest.prefix(40))"); break }
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().lowercased()
                if stack.last == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
                    if let index = stack.lastIndex(of: name) { stack.removeSubrange(index...) }
                }
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            if tag.hasSuffix("/") || voidElements.contains(name) { continue }
            if name == "style" || name == "script" {
                guard let end = rest.range(of: "</\(name)>") else { problems.append("<\(name)> never closed"); break }
                rest = rest[end.upperBound...]
                continue
            }
            stack.append(name)
        }
        problems += stack.reversed().map { "<\($0)> never closed" }
        return problems
    }

    struct Series {
        var key: String
        var declaredSamples: Int
        var points: [(x: Double, y: Double)]
        /// The raw `x,y` pairs, for messages.
        var pairs: [String]
    }

    struct Chart {
        var kind: String
        var workload: String
        var series: [Series]
        var svg: String
    }

    /// Every `<svg>` of the page with its series.
    static func charts(_ html: String) -> [Chart] {
        var charts: [Chart] = []
        var rest = Substring(html)
        while let start = rest.range(of: "<svg "), let end = rest[start.upperBound...].range(of: "</svg>") {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
            let openTag = String(svg.prefix { $0 != ">" })
            var series: [Series] = []
            var polylines = Substring(svg)
            while let polyline = polylines.range(of: "<polyline "), let tagEnd = polylines[polyline.upperBound...].firstIndex(of: ">") {
                let tag = String(polylines[polyline.lowerBound..<tagEnd])
                polylines = polylines[tagEnd...]
                guard let key = attribute("data-series", in: tag) else { continue }
                let pairs = (attribute("points", in: tag) ?? "").split(separator: " ").map(String.init)
                let points = pairs.map { pair -> (Double, Double) in
                    let parts = pair.split(separator: ",")
                    return (Double(parts.first ?? "") ?? .nan, Double(parts.count == 2 ? parts[1] : "") ?? .nan)
                }
                series.append(Series(key: key, declaredSamples: Int(attribute("data-samples", in: tag) ?? "") ?? -1, points: points, pairs: pairs))
            }
            charts.append(Chart(
                kind: attribute("data-chart", in: openTag) ?? "", workload: attribute("data-workload", in: openTag) ?? "",
                series: series, svg: svg))
        }
        return charts
    }

    /// Every number in the SVG's coordinate-bearing attributes that is not a finite number.
    static func nonFiniteCoordinates(_ svg: String) -> [String] {
        var bad: [String] = []
        for name in ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "points", "d", "transform"] {
            var rest = Substring(svg)
            while let range = rest.range(of: " \(name)=\"") {
                rest = rest[range.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let value = rest[..<end]
                let lowered = value.lowercased()
                if lowered.contains("nan") || lowered.contains("inf") { bad.append("\(name)=\"\(value.prefix(60))\"") }
            }
        }
        return bad
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
