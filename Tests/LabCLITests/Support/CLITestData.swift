import Foundation
import Testing

/// Files the CLI tests run `lab` on: the repository's hand-made OMB results (kept with the LabCore tests),
/// the shared real results when present, and a fresh temporary directory per test.
enum CLITestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let labCoreFixtures = repositoryRoot.appendingPathComponent("Tests/LabCoreTests/Fixtures")
    static let modernSaturated = labCoreFixtures.appendingPathComponent("omb-results/modern-saturated.json")
    static let legacyOnTarget = labCoreFixtures.appendingPathComponent("omb-results/legacy-on-target.json")
    static let simulatedSteady = labCoreFixtures.appendingPathComponent("report/simulated-steady.json")
    static let ownFixtures = [modernSaturated, legacyOnTarget, simulatedSteady]

    /// `../shared/testdata/omb/results`, when present (a user's clone has no ../shared).
    static let sharedResults: URL? = {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/omb/results")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static let sharedSkipReason: Comment = "../shared/testdata/omb/results is absent (a user's clone has no ../shared); the repository's own fixtures still run"

    static func sharedResultFiles() throws -> [URL] {
        guard let sharedResults else { return [] }
        return try FileManager.default.contentsOfDirectory(at: sharedResults, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lab-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of a result with its aggregated publish p99 multiplied by `factor`, for comparisons.
    static func variant(of source: URL, publishP99Factor factor: Double, named name: String, in directory: URL) throws -> URL {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as! [String: Any]
        object["aggregatedPublishLatency99pct"] = (object["aggregatedPublishLatency99pct"] as! Double) * factor
        let url = directory.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        return url
    }
}
