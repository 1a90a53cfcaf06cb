import AWSServices

extension DynamoDBValue {
    /// A number with `digits` decimals (`0.4512`), never in exponent form: `String(Double)` writes small
    /// values as `1e-05`, and a dollar amount reads better fixed.
    static func fixedPoint(_ value: Double, digits: Int = 4) -> DynamoDBValue {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt(scale), fraction = String(magnitude % UInt(scale))
        let sign = scaled < 0 ? "-" : ""
        guard digits > 0 else { return .number("\(sign)\(whole)") }
        return .number("\(sign)\(whole).\(String(repeating: "0", count: digits - fraction.count))\(fraction)")
    }
}
