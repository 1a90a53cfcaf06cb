import Testing
@testable import LabCore

/// The nightly verdict's rule on synthetic nightly series (docs/reports.md states the rule).
@Suite("Regression verdict: noise-aware, per workload, with insufficient history handled")
struct RegressionRuleTests {
    /// A summary of workload `name` with the given publish p99 and publish rate; everything else fixed.
    static func night(p99: Double, rate: Double = 10_000, name: String = "w") -> WorkloadSummary {
        var summary = WorkloadSummary(result: Self.result, targetRate: 10_000)
        summary.workload = name
        summary.publishLatency.p99 = p99
        summary.publishRate = rate
        summary.consumeRate = rate
        return summary
    }

    static let result = OMBResult(
        format: .modern, workload: "w", driver: "Pulsar", publishRate: [10_000], publishErrorRate: [0], consumeRate: [10_000],
        backlog: [0], publishLatency: series, endToEndLatency: series,
        aggregatedPublishLatency: LatencyStats(average: 2, p50: 2, p75: 3, p95: 5, p99: 10, p999: 20, p9999: 30, max: 40),
        aggregatedEndToEndLatency: LatencyStats(average: 3, p50: 3, p75: 4, p95: 6, p99: 12, p999: 25, p9999: 35, max: 50),
        publishLatencyQuantiles: [], endToEndLatencyQuantiles: [])
    static let series = LatencySeries(average: [2], p50: [2], p75: [3], p95: [5], p99: [10], p999: [20], p9999: [30], max: [40])

    /// Seven noisy nights around 10 ms p99 (±4 %).
    static let history = [10.0, 10.4, 9.7, 10.2, 9.9, 10.1, 10.3].map { night(p99: $0) }

    @Test("A night 20 % above the baseline's p99 regresses, naming publish latency p99 as the reason")
    func twentyPercentLatencyRegression() {
        let median = RobustStatistics.median(Self.history.map(\.publishLatency.p99))!
        let verdict = RegressionRule.standard.judge(Self.night(p99: median * 1.2), against: Self.history)
        #expect(verdict.verdict == .regressed, "\(verdict.metrics.map { "\($0.metric): \($0.verdict)" })")
        #expect(verdict.notableMetrics.map(\.metric) == [.publishLatencyP99])
        let p99 = verdict.metrics.first { $0.metric == .publishLatencyP99 }!
        #expect(p99.baselineMedian == 10.1 && p99.threshold! > 0.9 && p99.threshold! < 1.1, "\(p99)")
    }

    @Test("Nights within the baseline's noise are unchanged, including the worst and best nights seen before")
    func noisyButUnchanged() {
        for p99 in [9.7, 10.4, 10.6, 9.5] {
            let verdict = RegressionRule.standard.judge(Self.night(p99: p99), against: Self.history)
            #expect(verdict.verdict == .unchanged, "p99 \(p99): \(verdict.notableMetrics.map(VerdictText.reason))")
        }
    }

    @Test("Lower latency and higher throughput are improvements; lower throughput is a regression")
    func directions() {
        #expect(RegressionRule.standard.judge(Self.night(p99: 8.0), against: Self.history).verdict == .improved)
        #expect(RegressionRule.standard.judge(Self.night(p99: 10.1, rate: 11_000), against: Self.history).verdict == .improved)
        let slower = RegressionRule.standard.judge(Self.night(p99: 10.1, rate: 9_000), against: Self.history)
        #expect(slower.verdict == .regressed)
        #expect(slower.notableMetrics.map(\.metric) == [.publishRate, .consumeRate])
    }

    @Test("A regression in one metric outweighs an improvement in another")
    func regressionWins() {
        let verdict = RegressionRule.standard.judge(Self.night(p99: 15, rate: 11_000), against: Self.history)
        #expect(verdict.verdict == .regressed)
        #expect(verdict.notableMetrics.map(\.metric) == [.publishLatencyP99, .publishRate, .consumeRate])
    }

    @Test("Fewer than 3 baseline runs: insufficient history, whatever the numbers")
    func insufficientHistory() {
        for count in 0...2 {
            let verdict = RegressionRule.standard.judge(Self.night(p99: 50), against: Array(Self.history.prefix(count)))
            #expect(verdict.verdict == .insufficientHistory, "\(count) runs")
            #expect(verdict.metrics.allSatisfy { $0.verdict == .insufficientHistory })
        }
        #expect(RegressionRule.standard.judge(Self.night(p99: 50), against: Array(Self.history.prefix(3))).verdict == .regressed)
    }

    @Test("A noisy baseline widens the threshold beyond the 10 % floor (k × 1.4826 × MAD)")
    func spreadWidensThreshold() {
        let noisy = [8.0, 12.0, 9.0, 11.0, 10.0].map { Self.night(p99: $0) }
        // median 10, MAD 1, spread 1.4826, threshold 3 × 1.4826 = 4.45 ms: 14 ms is within, 14.6 beyond.
        #expect(RegressionRule.standard.judge(Self.night(p99: 14.0), against: noisy).verdict == .unchanged)
        #expect(RegressionRule.standard.judge(Self.night(p99: 14.6), against: noisy).verdict == .regressed)
    }

    @Test("A perfectly steady baseline still needs the relative floor: +5 % p99 is unchanged, +11 % regressed")
    func floorsOnSteadyBaseline() {
        let steady = Array(repeating: Self.night(p99: 10), count: 5)
        #expect(RegressionRule.standard.judge(Self.night(p99: 10.5), against: steady).verdict == .unchanged)
        #expect(RegressionRule.standard.judge(Self.night(p99: 11.1), against: steady).verdict == .regressed)
    }

    @Test("Per workload: a nightly run's workloads are matched by name, last 7 runs used, missing workloads get no judgement")
    func perWorkloadAcrossRuns() {
        // 9 earlier runs: the first two had a slow p99 that must fall out of the 7-run window.
        let earlier = [30.0, 30.0, 10.0, 10.4, 9.7, 10.2, 9.9, 10.1, 10.3].enumerated().map { index, p99 in
            (id: "run-\(index)", workloads: [Self.night(p99: p99, name: "a"), Self.night(p99: 5, name: "b")])
        }
        let tonight = [Self.night(p99: 12.5, name: "a"), Self.night(p99: 5, name: "b"), Self.night(p99: 5, name: "new")]
        let nightly = NightlyComparison(plan: "p", run: tonight, baselineRuns: earlier)
        #expect(nightly.baselineRuns == (2...8).map { "run-\($0)" })
        #expect(nightly.verdicts.map(\.verdict) == [.regressed, .unchanged, .insufficientHistory])
        #expect(nightly.overall == .regressed)
    }

    @Test("Median and MAD")
    func robustStatistics() {
        #expect(RobustStatistics.median([3, 1, 2]) == 2)
        #expect(RobustStatistics.median([4, 1, 3, 2]) == 2.5)
        #expect(RobustStatistics.median([]) == nil)
        #expect(RobustStatistics.medianAbsoluteDeviation([1, 2, 3, 4, 100]) == 1)
    }

    @Test("lab compare's table: every run side by side, the change against the earlier runs' median, the rule")
    func comparisonTable() {
        let comparison = RunComparison(labels: ["a.json", "b.json"], runs: [Self.night(p99: 10), Self.night(p99: 12)])
        #expect(comparison.verdict.verdict == .insufficientHistory)
        let text = comparison.markdown()
        #expect(text.contains("| publish latency p99 | lower | 10.00 ms | 12.00 ms | 10.00 ms | +20.0 % | — | insufficient history |"), "\(text)")
        #expect(text.contains("1 baseline run with this workload; the rule needs 3"))
        #expect(text.contains("Rule: A metric regresses"))
    }
}
