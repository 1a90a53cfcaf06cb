import Foundation
import Testing
@testable import LabCore

/// The three formats, byte for byte, for the repository's hand-made results. Regenerate with
/// `LABCORE_UPDATE_GOLDENS=1` after an intended change, and review the diff (open the HTML in a browser).
@Suite("Reports: HTML, Markdown and CSV match their golden files")
struct ReportGoldenTests {
    @Test("Offline rendering of one saturated modern result: provenance mostly unknown, no banner")
    func offlineSaturated() throws {
        let report = try ReportFixtures.offlineSaturated()
        try Golden.check(HTMLReport.render(report), against: "report-offline-saturated.html")
        try Golden.check(MarkdownReport.render(report), against: "report-offline-saturated.md")
        try Golden.check(CSVReport.render(report), against: "report-offline-saturated.csv")
    }

    @Test("A nightly experiment with two workloads, one simulated: verdict first, banner, full provenance")
    func nightlyExperiment() throws {
        let report = try ReportFixtures.nightlyExperiment()
        try Golden.check(HTMLReport.render(report), against: "report-nightly.html")
        try Golden.check(MarkdownReport.render(report), against: "report-nightly.md")
        try Golden.check(CSVReport.render(report), against: "report-nightly.csv")
    }
}
