import Foundation
import JSONCoding
@testable import lab
import Testing

@Suite("lab results: the table and the JSON")
struct ResultsRenderingTests {
    @Test("The table has one aligned row per workload with the summary's figures as recorded")
    func table() throws {
        let text = ResultsTable.render(StoredExperiment(record: StoredRecords.succeeded, id: "explore-one"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "experiment explore-one: SUCCEEDED, started 2026-11-27T01:26:41Z, finished 2026-11-27T01:27:12Z, 1 workload with results", "\(text)")
        #expect(lines[1].hasPrefix("SIMULATED"), "\(text)")
        let header = try #require(lines.first { $0.hasPrefix("workload ") })
        let row = try #require(lines.first { $0.hasPrefix("1-topic-16-partitions-1kb ") })
        #expect(header.count == row.count, "right-aligned numbers end where their header ends:\n\(header)\n\(row)")
        let cells = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(cells == ["1-topic-16-partitions-1kb", "on", "target", "10,000.0", "10,005.9", "100.1", "%", "10,022.1", "1.866", "5.315", "7.495",
                          "3.000", "9.000", "13.000", "0.000", "%", "32"], "\(row)")
        #expect(!text.contains(" \n"), "no trailing spaces")
    }

    @Test("A saturated workload says SATURATED; a missing figure is a dash; only collected workloads are rows")
    func saturatedAndMissing() throws {
        let text = ResultsTable.render(StoredExperiment(record: StoredRecords.running, id: "half-way"))
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("alpha ") })
        #expect(row.contains("SATURATED") && row.contains("84.0 %") && row.contains("1,234"), "\(row)")
        #expect(row.contains(" - "), "errorRate is absent: \(row)")
        #expect(!text.contains("beta"), "\(text)")
        #expect(!text.contains("SIMULATED"))
    }

    @Test("--json holds each summary exactly as recorded, plus its folder and key")
    func json() throws {
        let text = ResultsDocument.render(StoredExperiment(record: StoredRecords.succeeded, id: "explore-one"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["experimentId"] as? String == "explore-one" && document["status"] as? String == "SUCCEEDED")
        #expect(document["simulated"] as? Bool == true)
        let workloads = try #require(document["workloads"] as? [[String: Any]])
        #expect(workloads.count == 1)
        #expect(workloads[0]["publishRate"] as? Double == 10005.9)
        #expect((workloads[0]["publishLatencyMs"] as? [String: Any])?["p999"] as? Double == 7.495)
        #expect(workloads[0]["folder"] as? String == "0-1-topic-16-partitions-1kb")
        #expect(workloads[0]["summaryKey"] as? String == "experiments/explore-one/workloads/0-1-topic-16-partitions-1kb/summary.json")
    }
}
