/// Samples in which nothing was published. OMB keeps sampling until its measured phase ends, so a run whose
/// producers stopped early (or a result cut short) ends in periods of rate 0 and latency 0. They count in
/// the summary's mean rate, which can then look saturated although every active period was on target; the
/// report says so next to the mean.
extension ReportedWorkload {
    public var idleSampleCount: Int {
        result.publishRate.filter { $0 == 0 }.count
    }

    /// The mean publish rate over the samples that published anything; nil when no sample (or every sample)
    /// is idle.
    public var activePublishRate: Double? {
        let active = result.publishRate.filter { $0 != 0 }
        guard idleSampleCount > 0, !active.isEmpty else { return nil }
        return active.reduce(0, +) / Double(active.count)
    }

    /// `15 of 87 samples published nothing (rate 0, latency 0); they count in the mean publish rate, which
    /// is 49,812.3 msg/s over the other samples`, or nil.
    var idleSampleNote: String? {
        guard idleSampleCount > 0 else { return nil }
        var note = "\(idleSampleCount) of \(result.publishRate.count) samples published nothing (rate 0, latency 0)"
        if let active = activePublishRate {
            note += "; they count in the mean publish rate, which is \(NumberText.rate(active)) msg/s over the other samples"
            if let target = summary.targetRate { note += " (\(NumberText.percent(active / target)) of the target)" }
        }
        return note
    }
}
