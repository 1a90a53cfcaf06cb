import Foundation
import JSONCoding
import Testing
@testable import LabCore

@Suite("OMB results: both formats parsed, summaries computed")
struct OMBResultTests {
    static let fixtures = TestData.fixtures.appendingPathComponent("omb-results")

    static func load(_ url: URL) throws -> OMBResult {
        try OMBResult.parse(try TestData.bytes(url), source: url.lastPathComponent)
    }

    static func near(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("Trailing idle periods (producers stopped, OMB still sampling) are left out of the achieved rate; a stall in the middle counts")
    func trailingIdlePeriodsAreLeftOut() throws {
        var document = try JSON.parse(try TestData.bytes(Self.fixtures.appendingPathComponent("modern-saturated.json")))
        guard case .object(var object) = document else { Issue.record("fixture is not an object"); return }
        // 1000, 0 (a stall), 1000, then two idle periods at the end.
        let rates: [JSONValue] = [.number(JSONNumber(1000)), .number(JSONNumber(0)), .number(JSONNumber(1000)), .number(JSONNumber(0)), .number(JSONNumber(0))]
        for key in ["publishRate", "consumeRate"] { object[key] = .array(rates) }
        for key in object.keys where key.hasPrefix("publishLatency") || key.hasPrefix("endToEndLatency") || key.hasPrefix("publishDelayLatency")
            || key == "backlog" || key == "publishErrorRate" || key == "consumerErrorRate" {
            if case .array = object[key] { object[key] = .array(Array(repeating: .number(JSONNumber(0)), count: rates.count)) }
        }
        document = .object(object)
        let summary = WorkloadSummary(result: try OMBResult.parse(JSON.serialize(document), source: "idle.json"), targetRate: 1000)
        #expect(summary.idlePeriodsAtEnd == 2)
        #expect(Self.near(summary.publishRate, 2000.0 / 3.0), "the stall counts, the idle tail does not: \(summary.publishRate)")
        #expect(summary.isSaturated == true)
    }

    @Test("Modern fixture: 90 % of target is saturated; delay latency µs → ms; error rate 10/2710; backlog 12")
    func modernFixtureSummary() throws {
        let result = try Self.load(Self.fixtures.appendingPathComponent("modern-saturated.json"))
        #expect(result.format == .modern)
        #expect(result.messageSize == 1024 && result.partitions == 4)
        let summary = WorkloadSummary(result: result, targetRate: 1000)
        #expect(summary.publishRate == 900 && summary.consumeRate == 900)
        #expect(summary.achievedFraction == 0.9 && summary.isSaturated == true)
        #expect(summary.publishLatency == LatencyPercentiles(p50: 1.5, p95: 4.0, p99: 8.0, p999: 16.0, max: 25.0))
        #expect(summary.publishDelayLatency == LatencyPercentiles(p50: 0.1, p95: 0.9, p99: 2.0, p999: 5.0, max: 12.0))
        #expect(summary.endToEndLatency == LatencyPercentiles(p50: 3.0, p95: 6.0, p99: 9.0, p999: 12.0, max: 30.0))
        #expect(Self.near(summary.errorRate, 10.0 / 2710.0))
        #expect(summary.finalBacklog == 12 && summary.maxBacklog == 12 && summary.periods == 3)
        // Quantile keys in scientific notation are percentiles too, and the curve comes sorted.
        #expect(result.publishLatencyQuantiles.map(\.percentile) == [0.0001, 50, 99, 100])
        #expect(result.publishLatencyQuantiles.latency(atPercentile: 99) == 8.0)
        #expect(result.publishDelayLatencyQuantiles?.map(\.latencyMs) == [0.01, 0.1, 12.0])
        #expect(result.publishDelayLatency?.p99 == [2.0, 2.0, 2.0])
    }

    @Test("Legacy fixture: on target is not saturated; no error rate or delay latency in that format")
    func legacyFixtureSummary() throws {
        let result = try Self.load(Self.fixtures.appendingPathComponent("legacy-on-target.json"))
        #expect(result.format == .legacy)
        #expect(result.messageSize == nil && result.publishErrorRate == nil && result.publishDelayLatency == nil)
        let summary = WorkloadSummary(result: result, targetRate: 500)
        #expect(summary.achievedFraction == 1.0 && summary.isSaturated == false)
        #expect(summary.errorRate == nil && summary.publishDelayLatency == nil)
        #expect(summary.finalBacklog == 0 && summary.maxBacklog == 3)
        #expect(summary.endToEndLatency.max == 9.0)
    }

    @Test("producerRate 0 (OMB's maximum-rate search) has no target: no fraction, no saturation flag")
    func maxRateSearchHasNoTarget() throws {
        let result = try Self.load(Self.fixtures.appendingPathComponent("legacy-on-target.json"))
        for target in [0, nil] as [Int?] {
            let summary = WorkloadSummary(result: result, targetRate: target)
            #expect(summary.targetRate == nil && summary.achievedFraction == nil && summary.isSaturated == nil)
        }
    }

    @Test("The summary's JSON is small and rounded")
    func summaryJSON() throws {
        let result = try Self.load(Self.fixtures.appendingPathComponent("modern-saturated.json"))
        let json = WorkloadSummary(result: result, targetRate: 1000).jsonValue
        #expect(json["saturated"] == .bool(true))
        #expect(json["achievedFraction"]?.doubleValue == 0.9)
        #expect(json["errorRate"]?.doubleValue.map { abs($0 - 10.0 / 2710.0) < 1e-15 } == true)
        #expect(json["publishDelayLatencyMs"]?["p99"]?.doubleValue == 2.0)
        #expect(JSON.serialize(json).count < 600)
    }

    @Test("A result missing fields names every one of them")
    func missingFieldsAreAllNamed() throws {
        let url = Self.fixtures.appendingPathComponent("legacy-on-target.json")
        guard case .object(var object) = try JSON.parse(try TestData.bytes(url)) else { Issue.record("fixture"); return }
        object["consumeRate"] = nil
        object["aggregatedEndToEndLatency99pct"] = nil
        object["backlog"] = .string("none")
        do {
            _ = try OMBResult(.object(object), source: "s3://bucket/exp/w01/result.json")
            Issue.record("expected invalidResult")
        } catch {
            #expect(error.code == .invalidResult)
            #expect(error.message == #"s3://bucket/exp/w01/result.json is not a complete OMB result: consumeRate is missing; backlog should be an array, found the string "none"; aggregatedEndToEndLatency99pct is missing"#)
        }
    }

    @Test("Text that is not JSON, and a run with no periods, are refused with what to check")
    func brokenFilesAreRefused() {
        #expect { try OMBResult.parse(Array(#"{"workload": "w", "publishRate": [1.0,"#.utf8), source: "r.json") } throws: { error in
            (error as? LabCoreError)?.message.hasPrefix("r.json is not valid JSON") == true
        }
        var empty = JSONObject()
        for key in ["workload", "driver"] { empty[key] = .string("x") }
        #expect(throws: LabCoreError.self) { try OMBResult(.object(empty), source: "r.json") }
    }

    // MARK: - Real OMB results (../shared/testdata/omb/results and $OMB_RESULTS_DIR)

    /// Expected figures for the shared files, computed independently with python3 (json + statistics.fmean over
    /// the per-period arrays with trailing zero-rate periods dropped — OMB samples on after its producers stop; the aggregated fields read as written; error rate = sum(publishErrorRate) /
    /// (sum(publishErrorRate) + sum(publishRate))). Targets from ../shared/testdata/omb/results/README.txt.
    struct Expected: Sendable {
        let target: Int
        let meanPublishRate: Double
        let periods: Int
        let publish: [Double]
        let endToEnd: [Double]
        let delay: [Double]?
        let errorRate: Double?
        let finalBacklog: Int64
        let maxBacklog: Int64
        let saturated: Bool
    }

    static let expected: [String: Expected] = [
        "confluent-blog_pulsar_latency_default-sync-200k.json": Expected(
            target: 200_000, meanPublishRate: 200_061.05333415573, periods: 60,
            publish: [3.177, 4.414, 10.962, 33.313, 83.576], endToEnd: [13.0, 19.0, 25.0, 52.0, 113.0], delay: nil,
            errorRate: nil, finalBacklog: 1797, maxBacklog: 2789, saturated: false),
        "confluent-blog_pulsar_throughput_default-sync-raid0.json": Expected(
            target: 500_000, meanPublishRate: 311_253.83941667114, periods: 60,
            publish: [70.059, 358.819, 447.939, 615.187, 1035.807],
            endToEnd: [4778.015, 9136.063, 9911.039, 10744.063, 11697.023], delay: nil, errorRate: nil,
            finalBacklog: 0, maxBacklog: 1_689_972, saturated: true),
        "omb-upstream_kafka_1-topic-1-partition-1kb-Kafka-2024-02-08-10-51-41.json": Expected(
            target: 50_000, meanPublishRate: 49_467.07102847569, periods: 87,
            publish: [12.15, 48.698, 106.617, 539.399, 846.899], endToEnd: [14.0, 56.0, 116.0, 548.003, 852.003],
            delay: [0.043, 0.718, 3.366, 22.202, 53.28], errorRate: 5.237444718859695e-08,
            finalBacklog: 0, maxBacklog: 1014, saturated: false),
    ]

    static var sharedResultFiles: [URL] {
        guard let shared = TestData.sharedOMB else { return [] }
        return (try? TestData.files(in: shared.appendingPathComponent("results"), withExtension: "json")) ?? []
    }

    static var extraResultFiles: [URL] {
        guard let folder = ProcessInfo.processInfo.environment["OMB_RESULTS_DIR"], !folder.isEmpty else { return [] }
        return (try? TestData.files(in: URL(fileURLWithPath: folder), withExtension: "json")) ?? []
    }

    @Test("The shared folder of real results is present and not empty (else the tests below would pass vacuously)",
          .enabled(if: TestData.sharedOMB != nil, TestData.sharedSkipReason))
    func sharedFolderHoldsResults() {
        #expect(Self.sharedResultFiles.count >= 3, "\(Self.sharedResultFiles)")
    }

    @Test("OMB_RESULTS_DIR, when set, names a readable folder holding JSON results (a typo must not pass as zero files)",
          .enabled(if: ProcessInfo.processInfo.environment["OMB_RESULTS_DIR"].map { !$0.isEmpty } == true,
                   "OMB_RESULTS_DIR is not set"))
    func extraFolderHoldsResults() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["OMB_RESULTS_DIR"])
        let files = try TestData.files(in: URL(fileURLWithPath: folder), withExtension: "json")
        #expect(!files.isEmpty, "no *.json in OMB_RESULTS_DIR=\(folder)")
    }

    @Test("Every real OMB result parses, in the format its field count says, with a consistent summary",
          arguments: sharedResultFiles + extraResultFiles + [fixtures.appendingPathComponent("modern-saturated.json"),
                                                             fixtures.appendingPathComponent("legacy-on-target.json")])
    func everyResultParses(_ url: URL) throws {
        let document = try JSON.parse(try TestData.bytes(url))
        let result = try OMBResult(document, source: url.path)
        let fieldCount = document.objectValue?.count ?? 0
        #expect(result.format == (fieldCount >= 62 ? .modern : .legacy), "\(url.lastPathComponent): \(fieldCount) fields")
        let summary = WorkloadSummary(result: result, targetRate: nil)
        #expect(summary.periods == result.publishRate.count && summary.periods > 0)
        for latency in [summary.publishLatency, summary.endToEndLatency] + (summary.publishDelayLatency.map { [$0] } ?? []) {
            #expect(latency.p50 <= latency.p95 && latency.p95 <= latency.p99 && latency.p99 <= latency.p999
                    && latency.p999 <= latency.max, "\(url.lastPathComponent): \(latency)")
        }
        for curve in [result.publishLatencyQuantiles, result.endToEndLatencyQuantiles] {
            #expect(!curve.isEmpty && zip(curve, curve.dropFirst()).allSatisfy { $0.percentile < $1.percentile })
            #expect(curve.last?.percentile == 100)
        }
        print("\(url.lastPathComponent): \(result.format), \(summary.periods) periods, mean publish \(summary.publishRate) msg/s, "
              + "publish p99 \(summary.publishLatency.p99) ms, e2e p99 \(summary.endToEndLatency.p99) ms, final backlog \(summary.finalBacklog)")
    }

    @Test("The shared results' figures match values computed independently with python3",
          .enabled(if: TestData.sharedOMB != nil, TestData.sharedSkipReason))
    func sharedResultFigures() throws {
        for url in Self.sharedResultFiles {
            guard let expected = Self.expected[url.lastPathComponent] else {
                Issue.record("no expected figures for \(url.lastPathComponent); compute them with python3 and add them")
                continue
            }
            let result = try Self.load(url)
            let summary = WorkloadSummary(result: result, targetRate: expected.target)
            let name = url.lastPathComponent
            #expect(Self.near(summary.publishRate, expected.meanPublishRate), "\(name): \(summary.publishRate)")
            #expect(summary.periods == expected.periods, "\(name)")
            #expect(summary.isSaturated == expected.saturated, "\(name): \(summary.achievedFraction ?? -1)")
            let p = summary.publishLatency, e = summary.endToEndLatency
            #expect([p.p50, p.p95, p.p99, p.p999, p.max] == expected.publish, "\(name)")
            #expect([e.p50, e.p95, e.p99, e.p999, e.max] == expected.endToEnd, "\(name)")
            if let delay = expected.delay {
                let d = try #require(summary.publishDelayLatency, "\(name)")
                #expect(zip([d.p50, d.p95, d.p99, d.p999, d.max], delay).allSatisfy { Self.near($0, $1) }, "\(name): \(d)")
            } else {
                #expect(summary.publishDelayLatency == nil, "\(name)")
            }
            if let errorRate = expected.errorRate {
                #expect(Self.near(summary.errorRate, errorRate), "\(name): \(summary.errorRate ?? -1)")
            } else {
                #expect(summary.errorRate == nil, "\(name)")
            }
            #expect(summary.finalBacklog == expected.finalBacklog && summary.maxBacklog == expected.maxBacklog, "\(name)")
            // python3 also showed the first quantile-map point at or above 99 equals the aggregated p99.
            #expect(result.publishLatencyQuantiles.latency(atPercentile: 99) == expected.publish[2], "\(name)")
        }
    }
}
