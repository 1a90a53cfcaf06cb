/// Durations as reports print them: `14 min 30 s`, `2 h 5 min`, `40 s`. Public so that the `lab` command line
/// writes durations as the reports do.
public enum DurationText {
    public static func seconds(_ total: Double) -> String {
        guard total.isFinite, total >= 0 else { return NumberText.notANumber }
        let seconds = Int(total.rounded())
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 {
            let rest = seconds % 60
            return "\(seconds / 60) min" + (rest > 0 ? " \(rest) s" : "")
        }
        let minutes = (seconds % 3600) / 60
        return "\(seconds / 3600) h" + (minutes > 0 ? " \(minutes) min" : "")
    }

    public static func minutes(_ total: Int) -> String {
        seconds(Double(total) * 60)
    }
}
