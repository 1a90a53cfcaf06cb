/// Samples in which nothing was published. OMB keeps sampling until its measured phase ends, so a run whose
/// producers stopped early (or a result cut short) ends in periods of rate 0 and latency 0. The summary leaves
/// those trailing periods out of the achieved rate (`WorkloadSummary.idlePeriodsAtEnd`); the report says so.
extension ReportedWorkload {
    public var idleSampleCount: Int {
        result.publishRate.filter { $0 == 0 }.count
    }

    /// `13 of 87 samples published nothing (rate 0, latency 0); the 13 at the end, after the producers
    /// stopped, are left out of the achieved rate`, or nil.
    var idleSampleNote: String? {
        guard idleSampleCount > 0 else { return nil }
        var note = "\(idleSampleCount) of \(result.publishRate.count) samples published nothing (rate 0, latency 0)"
        let trailing = summary.idlePeriodsAtEnd
        if trailing > 0 {
            note += "; the \(trailing) at the end, after the producers stopped, are left out of the achieved rate"
        }
        return note
    }
}
