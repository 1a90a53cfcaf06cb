/// The three charts of each workload: throughput over time against the target, publish latency percentiles
/// over time, and the aggregated latency quantile curve on a nines axis.
enum WorkloadCharts {
    /// Above this ratio between the largest and the smallest positive latency (about a decade and a half),
    /// the latency-over-time chart uses a logarithmic axis: on a linear one, p50 would be a flat line on the
    /// floor under p99.9's spikes.
    static let logarithmicRatio = 30.0

    static func charts(for workload: ReportedWorkload, id: String) -> [LineChart] {
        [throughput(workload, id: id + "-throughput"), latency(workload, id: id + "-latency"), quantiles(workload, id: id + "-quantiles")]
    }

    /// Seconds when the measured phase lasted up to 10 minutes, minutes beyond.
    private static func timeAxis(samples: Int) -> (title: String, divisor: Double, axis: ChartAxis) {
        let total = OMBSampling.elapsedSeconds(atSample: max(samples, 1) - 1)
        let inMinutes = total > 600
        let divisor = inMinutes ? 60.0 : 1.0
        let title = "time into the measured phase (\(inMinutes ? "min" : "s")); one sample per \(NumberText.fixed(OMBSampling.periodSeconds, places: 0)) s"
        let axis = ChartAxis.linear(title: title, values: [0, total / divisor], fromZero: true, tickCount: 6)
        return (title, divisor, axis)
    }

    private static func timeSeries(key: String, label: String, values: [Double], divisor: Double) -> ChartSeries {
        ChartSeries(key: key, label: label, points: values.enumerated().map { index, value in
            ChartPoint(x: OMBSampling.elapsedSeconds(atSample: index) / divisor, y: value)
        })
    }

    static func throughput(_ workload: ReportedWorkload, id: String) -> LineChart {
        let result = workload.result, summary = workload.summary
        let time = timeAxis(samples: max(result.publishRate.count, result.consumeRate.count))
        let series = [
            timeSeries(key: "publish-rate", label: "publish rate", values: result.publishRate, divisor: time.divisor),
            timeSeries(key: "consume-rate", label: "consume rate", values: result.consumeRate, divisor: time.divisor),
        ]
        var references: [ChartReference] = []
        var values = result.publishRate + result.consumeRate
        var description = "Publish rate (solid line) and consume rate (dashed line) in messages per second, one sample per 10 s, "
            + "\(result.publishRate.count) samples. Publish rate: \(range(result.publishRate, NumberText.rate)), mean \(NumberText.rate(summary.publishRate)). "
            + "Consume rate: \(range(result.consumeRate, NumberText.rate)), mean \(NumberText.rate(summary.consumeRate))."
        if let target = summary.targetRate {
            references.append(ChartReference(key: "target", label: "target \(NumberText.rate(target)) msg/s", y: target))
            values.append(target)
            description += " Target \(NumberText.rate(target)) msg/s (dotted line); achieved \(SummaryText.achieved(summary)): \(SummaryText.status(summary))."
        } else {
            description += " No target rate is known for this workload."
        }
        if let idle = workload.idleSampleNote { description += " " + idle + "." }
        return LineChart(
            id: id, kind: "throughput", workload: workload.name, title: "Throughput over time: \(workload.name)",
            summary: description, xAxis: time.axis,
            yAxis: .linear(title: "messages per second", values: values, fromZero: true), series: series, references: references)
    }

    static func latency(_ workload: ReportedWorkload, id: String) -> LineChart {
        let latency = workload.result.publishLatency
        let time = timeAxis(samples: max(latency.p50.count, latency.p99.count, latency.p999.count))
        let series = [
            timeSeries(key: "publish-p50", label: "publish p50", values: latency.p50, divisor: time.divisor),
            timeSeries(key: "publish-p99", label: "publish p99", values: latency.p99, divisor: time.divisor),
            timeSeries(key: "publish-p99.9", label: "publish p99.9", values: latency.p999, divisor: time.divisor),
        ]
        let values = latency.p50 + latency.p99 + latency.p999
        let positive = values.filter { $0 > 0 }
        let logarithmic = (positive.max() ?? 0) / (positive.min() ?? 1) > logarithmicRatio
        let title = "publish latency (ms)" + (logarithmic ? ", log scale" : "")
        let description = "Publish latency per 10 s sample in milliseconds\(logarithmic ? " on a logarithmic axis" : ""), \(latency.p50.count) samples: "
            + "p50 (solid line) \(range(latency.p50, NumberText.milliseconds)) ms, p99 (dashed) \(range(latency.p99, NumberText.milliseconds)) ms, "
            + "p99.9 (dotted) \(range(latency.p999, NumberText.milliseconds)) ms."
            + (workload.idleSampleCount > 0 ? " \(workload.idleSampleCount) samples published nothing; their latency of 0 is drawn on the axis." : "")
        return LineChart(
            id: id, kind: "latency", workload: workload.name, title: "Publish latency over time: \(workload.name)",
            summary: description, xAxis: time.axis,
            yAxis: logarithmic ? .logarithmic(title: title, values: values) : .linear(title: title, values: values, fromZero: true),
            series: series)
    }

    static func quantiles(_ workload: ReportedWorkload, id: String) -> LineChart {
        let result = workload.result
        var curves: [(key: String, label: String, points: [LatencyQuantile])] = [
            ("publish", "publish", result.publishLatencyQuantiles), ("end-to-end", "end-to-end", result.endToEndLatencyQuantiles),
        ]
        if let delay = result.publishDelayLatencyQuantiles, !delay.isEmpty {
            curves.append(("publish-delay", "publish delay", delay))
        }
        let series = curves.map { curve in
            ChartSeries(key: curve.key, label: curve.label, points: curve.points.map { ChartPoint(x: $0.percentile, y: $0.latencyMs) })
        }
        let percentiles = curves.flatMap { $0.points.map(\.percentile) }
        let latencies = curves.flatMap { $0.points.map(\.latencyMs) }
        let styles = ["solid", "dashed", "dotted"]
        let description = "Latency by percentile over the whole measured phase, from the aggregated quantile maps; percentile on a "
            + "logarithmic axis of nines (50, 90, 99, 99.9, …), latency in milliseconds on a logarithmic axis. "
            + curves.enumerated().map { index, curve in
                "\(curve.label) (\(styles[index % styles.count]) line, \(curve.points.count) points): " + landmarks(curve.points)
            }.joined(separator: "; ") + "."
        return LineChart(
            id: id, kind: "quantiles", workload: workload.name, title: "Latency by percentile: \(workload.name)",
            summary: description, xAxis: .nines(title: "percentile (%), nines scale", percentiles: percentiles),
            yAxis: .logarithmic(title: "latency (ms), log scale", values: latencies), series: series)
    }

    /// `p50 1.0 ms, p99 3.0 ms, p99.9 5.0 ms, max 7.5 ms`: what a reader would take from the curve.
    private static func landmarks(_ points: [LatencyQuantile]) -> String {
        var parts: [String] = []
        for (percentile, label) in [(50.0, "p50"), (99.0, "p99"), (99.9, "p99.9")] {
            if let latency = points.latency(atPercentile: percentile) { parts.append("\(label) \(NumberText.milliseconds(latency)) ms") }
        }
        if let last = points.last { parts.append("max \(NumberText.milliseconds(last.latencyMs)) ms") }
        return parts.isEmpty ? "no points" : parts.joined(separator: ", ")
    }

    private static func range(_ values: [Double], _ format: (Double) -> String) -> String {
        guard let low = values.min(), let high = values.max() else { return "no samples" }
        return "from \(format(low)) to \(format(high))"
    }
}
