/// Axes fitted to the data they show, with ticks at round values.
extension ChartAxis {
    /// A linear axis covering `values` (and 0 when `fromZero`), its ends and ticks on multiples of a step of
    /// 1, 2 or 5 × 10ⁿ chosen for about `tickCount` intervals.
    static func linear(title: String, values: [Double], fromZero: Bool, tickCount: Int = 5) -> ChartAxis {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if fromZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high <= low {
            // A flat series (or no data): give it room so the line sits inside the plot, not on its edge.
            let room = max(abs(low) * 0.5, 1)
            high = low + room
            if !fromZero || low > 0 { low -= room }
            if fromZero { low = min(low, 0) }
        }
        let step = niceStep((high - low) / Double(max(tickCount, 1)))
        let lower = (low / step).rounded(.down) * step
        let upper = (high / step).rounded(.up) * step
        let intervals = Int(((upper - lower) / step).rounded())
        let ticks = (0...max(intervals, 1)).map { index -> ChartTick in
            let value = lower + Double(index) * step
            return ChartTick(position: value, label: linearLabel(value, step: step))
        }
        return ChartAxis(title: title, scale: .linear, lower: lower, upper: max(upper, lower + step), ticks: ticks)
    }

    /// A logarithmic axis from the decade below the smallest positive value to the decade above the largest,
    /// ticks at each power of ten (and at 2× and 5× when the axis spans two decades or fewer). Values ≤ 0
    /// are drawn at the lower end. Without any positive value it falls back to a linear axis.
    static func logarithmic(title: String, values: [Double]) -> ChartAxis {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        guard let smallest = positive.min(), let largest = positive.max() else {
            return linear(title: title, values: values, fromZero: true)
        }
        let lowDecade = ReportMath.decimalLog(smallest).rounded(.down)
        var highDecade = ReportMath.decimalLog(largest).rounded(.up)
        if highDecade <= lowDecade { highDecade = lowDecade + 1 }
        let floor = ReportMath.powerOfTen(lowDecade)
        let multiples: [Double] = highDecade - lowDecade <= 2 ? [1, 2, 5] : [1]
        var ticks: [ChartTick] = []
        for decade in Int(lowDecade)...Int(highDecade) {
            for multiple in multiples where decade < Int(highDecade) || multiple == 1 {
                let value = multiple * ReportMath.powerOfTen(Double(decade))
                ticks.append(ChartTick(position: ReportMath.decimalLog(value), label: logLabel(multiple: multiple, decade: decade)))
            }
        }
        return ChartAxis(title: title, scale: .logarithmic(floor: floor), lower: lowDecade, upper: highDecade, ticks: ticks)
    }

    /// A percentile axis in nines: ticks at 50, 90, 99, 99.9, … up to the nine past the largest percentile
    /// below 100 (at least 99.99), and a `max` slot further right when the data has percentile 100.
    static func nines(title: String, percentiles: [Double]) -> ChartAxis {
        let belowHundred = percentiles.filter { $0 < 100 && $0.isFinite }
        let deepest = belowHundred.map { ChartScale.nines(maximumPosition: .infinity).transform($0) }.max() ?? 0
        // 1e-9 absorbs rounding: 99.99 is 3.9999999999 nines, and must not open a fifth.
        let nines = max(4, Int((deepest - 1e-9).rounded(.up)))
        let hasMaximum = percentiles.contains { $0 >= 100 }
        // The max slot sits half a nine past the last tick; a whole nine when the ticks are crowded (their
        // labels, 99.99999 and longer, would run into "max").
        let upper = Double(nines) + (hasMaximum ? (nines > 5 ? 1 : 0.5) : 0)
        var ticks = [ChartTick(position: ReportMath.decimalLog(2), label: "50")]
        for nine in 1...nines {
            // Past six nines the labels (99.99999…) are wider than the space between ticks: label every other
            // one; the unlabelled ticks keep their grid line.
            let labelled = nines <= 6 || nine < 6 || nine % 2 == 0
            ticks.append(ChartTick(position: Double(nine), label: labelled ? ninesLabel(nine) : ""))
        }
        if hasMaximum { ticks.append(ChartTick(position: upper, label: "max")) }
        return ChartAxis(title: title, scale: .nines(maximumPosition: upper), lower: 0, upper: upper, ticks: ticks)
    }

    /// 1, 2 or 5 × 10ⁿ: the round step nearest above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = ReportMath.powerOfTen(ReportMath.decimalLog(raw).rounded(.down))
        let normalized = raw / magnitude
        let nice: Double = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10
        return nice * magnitude
    }

    /// `50k`, `1.5M` once steps are thousands; else as many decimals as the step needs.
    static func linearLabel(_ value: Double, step: Double) -> String {
        if abs(value) < step / 2 { return "0" }
        if step >= 1_000_000 { return NumberText.fixed(value / 1_000_000, places: decimals(for: step / 1_000_000)) + "M" }
        if step >= 1_000 { return NumberText.grouped(value / 1_000, places: decimals(for: step / 1_000)) + "k" }
        return NumberText.grouped(value, places: decimals(for: step))
    }

    /// The decimals a step needs to tell its ticks apart: 1 → 0, 0.5 → 1, 0.05 → 2.
    private static func decimals(for step: Double) -> Int {
        var places = 0
        var scaled = step
        while scaled < 0.999_999 && places < 12 {
            scaled *= 10
            places += 1
        }
        return places
    }

    private static func logLabel(multiple: Double, decade: Int) -> String {
        let value = multiple * ReportMath.powerOfTen(Double(decade))
        return decade >= 0 ? NumberText.grouped(value, places: 0) : NumberText.fixed(value, places: -decade)
    }

    /// 1 → `90`, 2 → `99`, 3 → `99.9`, 4 → `99.99`.
    static func ninesLabel(_ nines: Int) -> String {
        nines == 1 ? "90" : "99" + (nines > 2 ? "." + String(repeating: "9", count: nines - 2) : "")
    }
}
