import Foundation
import Testing
@testable import LabCore

/// Structure that must hold for any OMB result: one polyline point per sample in every chart, only finite
/// coordinates, balanced tags, the simulation banner exactly when a number is simulated.
@Suite("Reports: structure holds for every result file")
struct ReportStructureTests {
    /// What each chart's series must count: the samples of the series it draws.
    static func expectedSamples(_ result: OMBResult) -> [String: [String: Int]] {
        var quantiles = ["publish": result.publishLatencyQuantiles.count, "end-to-end": result.endToEndLatencyQuantiles.count]
        if let delay = result.publishDelayLatencyQuantiles, !delay.isEmpty { quantiles["publish-delay"] = delay.count }
        return [
            "throughput": ["publish-rate": result.publishRate.count, "consume-rate": result.consumeRate.count],
            "latency": ["publish-p50": result.publishLatency.p50.count, "publish-p99": result.publishLatency.p99.count,
                        "publish-p99.9": result.publishLatency.p999.count],
            "quantiles": quantiles,
        ]
    }

    static func checkStructure(_ report: ExperimentReport, name: String) {
        let html = HTMLReport.render(report)
        let problems = HTMLStructure.tagProblems(html)
        #expect(problems.isEmpty, "\(name): unbalanced tags: \(problems.prefix(10))")
        let charts = HTMLStructure.charts(html)
        #expect(charts.count == 3 * report.workloads.count, "\(name): \(charts.count) charts for \(report.workloads.count) workloads")
        for workload in report.workloads {
            let expected = expectedSamples(workload.result)
            let mine = charts.filter { $0.workload == escapedAttribute(workload.name) }
            #expect(Set(mine.map(\.kind)) == Set(expected.keys), "\(name) \(workload.name): charts \(mine.map(\.kind))")
            for chart in mine {
                let want = expected[chart.kind] ?? [:]
                #expect(Set(chart.series.map(\.key)) == Set(want.keys), "\(name) \(chart.kind): series \(chart.series.map(\.key)), expected \(want.keys.sorted())")
                for series in chart.series {
                    #expect(series.points.count == want[series.key], "\(name) \(chart.kind)/\(series.key): \(series.points.count) points for \(want[series.key] ?? -1) samples")
                    #expect(series.declaredSamples == series.points.count, "\(name) \(chart.kind)/\(series.key): data-samples \(series.declaredSamples) but \(series.points.count) points")
                    let outside = series.points.filter { !$0.x.isFinite || !$0.y.isFinite || $0.x < 0 || $0.x > ChartStyle.width || $0.y < 0 || $0.y > ChartStyle.height }
                    #expect(outside.isEmpty, "\(name) \(chart.kind)/\(series.key): points outside the drawing: \(outside.prefix(5))")
                }
                let bad = HTMLStructure.nonFiniteCoordinates(chart.svg)
                #expect(bad.isEmpty, "\(name) \(chart.kind): non-finite coordinates \(bad.prefix(5))")
                #expect(chart.svg.contains("<title id=") && chart.svg.contains("<desc id="), "\(name) \(chart.kind): no title/desc")
            }
        }
        #expect(html.contains("data-simulated=\"true\"") == report.isSimulated, "\(name): banner present: \(html.contains("data-simulated")), simulated: \(report.isSimulated)")
        #expect(!html.contains("<script"), "\(name): the report must not contain scripts")
        #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"), "\(name): external reference")
        #expect(!html.contains("https://"), "\(name): external reference")
    }

    static func escapedAttribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test("The repository's fixtures: one point per sample, finite coordinates, balanced tags")
    func repositoryFixtures() throws {
        Self.checkStructure(try ReportFixtures.offlineSaturated(), name: "offline-saturated")
        Self.checkStructure(try ReportFixtures.nightlyExperiment(), name: "nightly")
    }

    /// The workloads' producerRate, from ../shared/testdata/omb/results/README.txt (result files do not record it).
    static let sharedTargets = [
        "omb-upstream_kafka_1-topic-1-partition-1kb-Kafka-2024-02-08-10-51-41.json": 50_000,
        "confluent-blog_pulsar_latency_default-sync-200k.json": 200_000,
        "confluent-blog_pulsar_throughput_default-sync-raid0.json": 500_000,
    ]

    @Test("Every real OMB result in ../shared/testdata/omb/results renders with the same structure",
          .enabled(if: TestData.sharedOMB != nil, TestData.sharedSkipReason))
    func sharedResults() throws {
        let files = try #require(try ReportFixtures.sharedResults())
        #expect(files.count >= 3, "expected the 3 shared results, found \(files.map(\.lastPathComponent))")
        for file in files {
            let workload = try ReportFixtures.workload(file, targetRate: Self.sharedTargets[file.lastPathComponent])
            let report = ExperimentReport(provenance: .offline(file: file.lastPathComponent), workloads: [workload])
            Self.checkStructure(report, name: file.lastPathComponent)
            #expect(MarkdownReport.render(report).contains("## Workload: "))
            #expect(CSVReport.render(report).hasPrefix("workload,metric"))
        }
    }

    @Test("A stamped result gets the banner in all three formats; an unstamped one gets none")
    func simulationBanner() throws {
        let steady = try ReportFixtures.workload(ReportFixtures.reportDirectory.appendingPathComponent("simulated-steady.json"), targetRate: 200)
        #expect(steady.simulation == SimulationStamp(model: "fixture model: fixed latencies"))
        let simulated = ExperimentReport(provenance: .offline(file: "x"), workloads: [steady])
        #expect(HTMLReport.render(simulated).contains("<strong>SIMULATED</strong>"))
        #expect(MarkdownReport.render(simulated).contains("> **SIMULATED**"))
        #expect(CSVReport.render(simulated).split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(",true") })
        let real = try ReportFixtures.offlineSaturated()
        #expect(!HTMLReport.render(real).contains("SIMULATED"))
        #expect(!MarkdownReport.render(real).contains("SIMULATED"))
        #expect(CSVReport.render(real).split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(",false") })
    }

    @Test("A simulated flag that is not a boolean is an error, not a real run")
    func malformedStampIsRejected() throws {
        var text = try TestData.text(ReportFixtures.reportDirectory.appendingPathComponent("simulated-steady.json"))
        text = text.replacingOccurrences(of: "\"simulated\": true", with: "\"simulated\": \"yes\"")
        #expect(throws: LabCoreError.self) { try ReportedWorkload.parse(Array(text.utf8), source: "bad.json", targetRate: nil) }
    }

    @Test("Workload names reach the page escaped: no markup, no broken attribute")
    func namesAreEscaped() throws {
        var workload = try ReportFixtures.workload(ReportFixtures.resultsDirectory.appendingPathComponent("legacy-on-target.json"), targetRate: 500)
        workload.result.workload = "<script>alert(1)</script> & \"q\""
        workload.summary.workload = workload.result.workload
        let html = HTMLReport.render(ExperimentReport(provenance: .offline(file: "a<b>.json"), workloads: [workload]))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(HTMLStructure.tagProblems(html).isEmpty)
        let markdown = MarkdownReport.render(ExperimentReport(provenance: .offline(file: "x"), workloads: [workload]))
        #expect(markdown.contains(#"\<script\>alert(1)\</script\> & "q""#))
    }

    @Test("CSV follows RFC 4180: CRLF records, quoted fields with doubled quotes, 6 columns on every row")
    func csvQuoting() throws {
        let csv = CSVReport.render(try ReportFixtures.nightlyExperiment())
        #expect(csv.hasSuffix("\r\n"))
        let records = csv.components(separatedBy: "\r\n").dropLast()
        #expect(records.first == "workload,metric,statistic,unit,value,simulated")
        #expect(records.contains(#""steady, 4 small partitions",publish-latency,p99,ms,4.000,true"#), "\(records)")
        var quoted = try ReportFixtures.offlineSaturated()
        quoted.workloads[0].summary.workload = #"say "hi", twice"#
        quoted.workloads[0].result.workload = quoted.workloads[0].summary.workload
        let line = CSVReport.render(quoted).components(separatedBy: "\r\n")[1]
        #expect(line.hasPrefix(#""say ""hi"", twice",throughput,target"#), "\(line)")
        #expect(Self.fields(line).first == #"say "hi", twice"#)
        for record in records {
            #expect(Self.fields(record).count == 6, "\(record)")
        }
    }

    /// A minimal RFC 4180 field splitter for one record.
    static func fields(_ record: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previous: Character?
        for character in record {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                if previous == "\"" { field.append("\"") }
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        return fields + [field]
    }
}
