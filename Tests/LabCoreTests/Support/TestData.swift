import Foundation
import Testing

/// Where the tests find their files: the repository's own fixtures and goldens next to this file, and the
/// team's shared test data in `../shared/testdata` (absent in a user's clone: tests that need it skip).
enum TestData {
    /// Tests/LabCoreTests.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let goldens = testsDirectory.appendingPathComponent("Golden")

    /// `../shared/testdata/omb` relative to the repository, when present.
    static let sharedOMB: URL? = {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata/omb")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static let sharedSkipReason: Comment =
        "../shared/testdata/omb is absent (a user's clone has no ../shared); the repository's own fixtures still run"

    static func files(in directory: URL, withExtension ext: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == ext }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}
