import JSONCoding

/// Reads the fields of an OMB result object, noting every missing or mistyped field instead of stopping at
/// the first, so one error message says everything that is wrong with a file.
struct ResultReader {
    let object: JSONObject
    private(set) var problems: [String] = []

    init(_ object: JSONObject) {
        self.object = object
    }

    func has(_ key: String) -> Bool {
        guard let value = object[key] else { return false }
        return !value.isNull
    }

    mutating func string(_ key: String) -> String {
        guard let value = object[key] else {
            problems.append("\(key) is missing")
            return ""
        }
        guard case .string(let text) = value else {
            problems.append("\(key) should be a string, found \(SpecText.describe(value))")
            return ""
        }
        return text
    }

    mutating func double(_ key: String) -> Double {
        guard let value = object[key] else {
            problems.append("\(key) is missing")
            return 0
        }
        guard let number = value.doubleValue else {
            problems.append("\(key) should be a number, found \(SpecText.describe(value))")
            return 0
        }
        return number
    }

    mutating func optionalInt(_ key: String) -> Int? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let number = value.intValue else {
            problems.append("\(key) should be a whole number, found \(SpecText.describe(value))")
            return nil
        }
        return number
    }

    mutating func doubles(_ key: String) -> [Double] {
        guard let elements = array(key) else { return [] }
        var result: [Double] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let number = element.doubleValue else {
                problems.append("\(key)[\(index)] should be a number, found \(SpecText.describe(element))")
                return []
            }
            result.append(number)
        }
        return result
    }

    mutating func integers(_ key: String) -> [Int64] {
        guard let elements = array(key) else { return [] }
        var result: [Int64] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let number = element.int64Value else {
                problems.append("\(key)[\(index)] should be a whole number, found \(SpecText.describe(element))")
                return []
            }
            result.append(number)
        }
        return result
    }

    /// A quantile map (`{"99.0": 10.962, "8.277E-7": 0.714, …}`) as points sorted by percentile, latencies
    /// multiplied by `scale` (0.001 to turn microseconds into milliseconds).
    mutating func quantiles(_ key: String, scale: Double = 1) -> [LatencyQuantile] {
        guard let value = object[key] else {
            problems.append("\(key) is missing")
            return []
        }
        guard case .object(let map) = value else {
            problems.append("\(key) should be an object of percentile → latency, found \(SpecText.describe(value))")
            return []
        }
        var points: [LatencyQuantile] = []
        points.reserveCapacity(map.count)
        for (percentileText, latency) in map {
            guard let percentile = Double(percentileText), percentile.isFinite, (0...100).contains(percentile) else {
                problems.append("\(key) has the key \(SpecText.quoted(percentileText)), which is not a percentile from 0 to 100")
                return []
            }
            guard let milliseconds = latency.doubleValue else {
                problems.append("\(key)[\(SpecText.quoted(percentileText))] should be a number, found \(SpecText.describe(latency))")
                return []
            }
            points.append(LatencyQuantile(percentile: percentile, latencyMs: milliseconds * scale))
        }
        return points.sorted { $0.percentile < $1.percentile }
    }

    /// The eight `<prefix>{Avg,50pct,75pct,95pct,99pct,999pct,9999pct,Max}` series.
    mutating func series(_ prefix: String, scale: Double = 1) -> LatencySeries {
        func read(_ suffix: String) -> [Double] { doubles(prefix + suffix).map { $0 * scale } }
        return LatencySeries(
            average: read("Avg"), p50: read("50pct"), p75: read("75pct"), p95: read("95pct"), p99: read("99pct"),
            p999: read("999pct"), p9999: read("9999pct"), max: read("Max"))
    }

    /// The eight aggregated `<prefix>{Avg,50pct,…,Max}` figures.
    mutating func stats(_ prefix: String, scale: Double = 1) -> LatencyStats {
        func read(_ suffix: String) -> Double { double(prefix + suffix) * scale }
        return LatencyStats(
            average: read("Avg"), p50: read("50pct"), p75: read("75pct"), p95: read("95pct"), p99: read("99pct"),
            p999: read("999pct"), p9999: read("9999pct"), max: read("Max"))
    }

    private mutating func array(_ key: String) -> [JSONValue]? {
        guard let value = object[key] else {
            problems.append("\(key) is missing")
            return nil
        }
        guard case .array(let elements) = value else {
            problems.append("\(key) should be an array, found \(SpecText.describe(value))")
            return nil
        }
        return elements
    }
}
