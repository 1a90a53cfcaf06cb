/// Numbers as the reports print them: fixed decimals, thousands grouped with commas, percentages. Written
/// out by hand because LabCore has no Foundation (no `String(format:)`, no `NumberFormatter`); the output
/// does not depend on the locale, so golden files hold on every machine.
public enum NumberText {
    /// What a number that cannot be shown (NaN, ±infinity) prints as.
    public static let notANumber = "n/a"

    /// `value` rounded half away from zero to `places` decimals: `fixed(3.14159, places: 2)` is `3.14`.
    /// Never prints `-0`.
    public static func fixed(_ value: Double, places: Int, grouped: Bool = false) -> String {
        guard value.isFinite else { return notANumber }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        // Beyond what UInt64 holds, the shortest round-trip text is as good as it gets.
        guard scaled < 9.0e18 else { return value.description }
        let digits = UInt64(scaled)
        let unit = UInt64(scale)
        let whole = digits / unit
        var text = grouped ? group(whole) : String(whole)
        if places > 0 {
            let fraction = String(digits % unit)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return value < 0 && digits != 0 ? "-" + text : text
    }

    /// `fixed` with thousands separated by commas: `42,075.3`.
    public static func grouped(_ value: Double, places: Int) -> String {
        fixed(value, places: places, grouped: true)
    }

    /// A fraction (0.842) as a percentage (`84.2 %`).
    public static func percent(_ fraction: Double, places: Int = 1) -> String {
        fixed(fraction * 100, places: places) + " %"
    }

    /// A relative change with its sign: `+20.1 %`, `-3.0 %`, `0.0 %`.
    public static func signedPercent(_ fraction: Double, places: Int = 1) -> String {
        let text = fixed(fraction * 100, places: places)
        return (fraction > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" : "") + text + " %"
    }

    /// A signed difference: `+2.020`, `-0.5`.
    public static func signed(_ value: Double, places: Int, grouped: Bool = false) -> String {
        let text = fixed(value, places: places, grouped: grouped)
        return (value > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" : "") + text
    }

    /// A latency in milliseconds with the decimals its size deserves: `0.714`, `10.96`, `447.9`, `11,697`.
    public static func milliseconds(_ value: Double) -> String {
        let size = abs(value)
        if size < 1 { return fixed(value, places: 3) }
        if size < 100 { return fixed(value, places: 2) }
        if size < 10_000 { return grouped(value, places: 1) }
        return grouped(value, places: 0)
    }

    /// A rate in messages per second: `42,075.3`.
    public static func rate(_ value: Double) -> String {
        grouped(value, places: 1)
    }

    /// An SVG coordinate: one decimal is a tenth of a user unit, finer than any screen shows. Non-finite
    /// values never reach here (the axes clamp), but print as 0 rather than break the drawing.
    public static func coordinate(_ value: Double) -> String {
        value.isFinite ? fixed(value, places: 1) : "0.0"
    }

    private static func group(_ whole: UInt64) -> String {
        let digits = Array(String(whole))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
