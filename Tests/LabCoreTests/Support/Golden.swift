import Foundation
import Testing

/// Compares rendered text with a committed golden file under Tests/LabCoreTests/Golden. Run with
/// `LABCORE_UPDATE_GOLDENS=1` to rewrite the goldens after an intended change (then review the diff).
enum Golden {
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = TestData.goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LABCORE_UPDATE_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote golden \(name); review the diff and run again without LABCORE_UPDATE_GOLDENS", sourceLocation: sourceLocation)
            return
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("missing golden \(url.path); run with LABCORE_UPDATE_GOLDENS=1 to create it. Rendered:\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        let expected = try TestData.text(url)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
            let want = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
            Issue.record(
                "\(name) differs at line \(firstDifference + 1):\n  expected: \(want)\n  actual:   \(got)\nFull output:\n\(actual)",
                sourceLocation: sourceLocation)
        }
    }
}
