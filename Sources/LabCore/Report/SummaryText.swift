/// The summary's figures in words, shared by the HTML and Markdown reports so both say the same thing.
enum SummaryText {
    static func target(_ summary: WorkloadSummary) -> String {
        summary.targetRate.map(NumberText.rate) ?? "none known"
    }

    static func achieved(_ summary: WorkloadSummary) -> String {
        summary.achievedFraction.map { NumberText.percent($0) } ?? "—"
    }

    /// `SATURATED`, `on target`, or `no target` — in words, never by colour alone.
    static func status(_ summary: WorkloadSummary) -> String {
        switch summary.isSaturated {
        case true?: return "SATURATED"
        case false?: return "on target"
        case nil: return "no target"
        }
    }

    /// What the status column means, for the statuses the table shows: the reader should not have to know
    /// the threshold, nor why a target can be missing.
    static func notes(_ summaries: [WorkloadSummary]) -> [String] {
        var notes: [String] = []
        if summaries.contains(where: { $0.isSaturated == true }) {
            notes.append("SATURATED: the mean publish rate stayed below \(NumberText.percent(WorkloadSummary.saturationThreshold, places: 0)) "
                + "of the target, so the cluster or the client could not carry the load and the latencies describe an overloaded system.")
        }
        if summaries.contains(where: { $0.targetRate == nil }) {
            notes.append("No target: OMB result files do not record the workload's producerRate (offline, pass --target-rate), "
                + "or OMB searched for the maximum rate; achieved and saturation cannot be judged.")
        }
        return notes
    }

    static func errorRate(_ summary: WorkloadSummary) -> String {
        summary.errorRate.map { NumberText.percent($0, places: 3) } ?? "not recorded (legacy format)"
    }

    static func backlog(_ summary: WorkloadSummary) -> String {
        NumberText.grouped(Double(summary.finalBacklog), places: 0)
    }

    static func measured(_ summary: WorkloadSummary) -> String {
        "\(summary.periods) samples × \(NumberText.fixed(OMBSampling.periodSeconds, places: 0)) s = "
            + DurationText.seconds(Double(summary.periods) * OMBSampling.periodSeconds)
    }

    /// The latency rows of a workload's table: label and percentiles (nil: not in this format).
    static func latencyRows(_ summary: WorkloadSummary) -> [(label: String, percentiles: LatencyPercentiles?)] {
        [("Publish", summary.publishLatency), ("Publish delay", summary.publishDelayLatency),
         ("End-to-end", summary.endToEndLatency)]
    }

    static let latencyColumns = ["p50", "p95", "p99", "p99.9", "max"]

    static func latencyCells(_ percentiles: LatencyPercentiles) -> [String] {
        [percentiles.p50, percentiles.p95, percentiles.p99, percentiles.p999, percentiles.max].map(NumberText.milliseconds)
    }

    static let publishDelayMissing = "not recorded (legacy format)"
}
