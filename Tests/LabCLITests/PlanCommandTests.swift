import Foundation
import Testing

@Suite("lab plan: offline spec check, resources and cost")
struct PlanCommandTests {
    @Test("{} prints resource counts per component and the cost per hour and per experiment with the price date")
    func emptySpec() throws {
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("empty.json")
        try Data("{}".utf8).write(to: spec)
        for arguments in [["plan", spec.path], ["plan"]] {
            let outcome = try LabProcess.run(arguments)
            #expect(outcome.status == 0, "\(outcome)")
            let text = outcome.stdout
            // The dev profile: 3 ZooKeeper, 3 bookies, 2 brokers, 1 client; costs as ClusterLayoutTests computes them.
            for expected in ["zookeeper   3      t3.small", "bookkeeper  3      m6i.large", "broker      2      m6i.large",
                             "client      1      m6i.large", "total: 9 instances, 15 EBS volumes", "per hour: $0.7074",
                             "per experiment: $0.45 for at most 38 min", "us-east-1 on-demand prices as of 2025-11"] {
                #expect(text.contains(expected), "missing \(expected):\n\(outcome)")
            }
            #expect(outcome.stderr.isEmpty, "\(outcome)")
        }
    }

    @Test("A spec with five problems: all five listed, exit 1, nothing on stdout")
    func fiveProblems() throws {
        let spec = """
            {"profil": "perf", "ttlHours": 0, "cluster": {"zookeeper": {"count": 4}, "broker": {"instanceType": "m6i large"}},
             "workloads": [{"name": "w", "messageSize": "1kb"}]}
            """
        let outcome = try LabProcess.run(["plan", "-"], stdin: spec)
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stdout.isEmpty, "\(outcome)")
        let lines = outcome.stderrLines
        #expect(lines.first?.hasPrefix("error: The experiment spec has 5 problems") == true, "\(outcome)")
        let problems = lines.dropFirst().filter { $0.hasPrefix("  - ") }
        #expect(problems.count == 5, "\(outcome)")
        for path in ["profil:", "ttlHours:", "cluster.zookeeper.count:", "cluster.broker.instanceType:", "workloads[0].messageSize:"] {
            #expect(problems.contains { $0.hasPrefix("  - " + path) }, "missing \(path): \(outcome)")
        }
    }

    @Test("A spec file that is not JSON, or missing: one line, exit 1")
    func unreadableSpec() throws {
        let broken = try LabProcess.run(["plan", "-"], stdin: "{\"profile\": ")
        #expect(broken.status == 1 && broken.stderr.contains("not valid JSON"), "\(broken)")
        let missing = try LabProcess.run(["plan", "/nonexistent/spec.json"])
        #expect(missing.status == 1 && missing.stderrLines == ["error: /nonexistent/spec.json does not exist; check the path"], "\(missing)")
    }
}
