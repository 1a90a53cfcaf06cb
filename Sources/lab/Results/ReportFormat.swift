import ArgumentParser
import LabCore

/// The formats `lab report` writes.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case html
    case md
    case csv

    var fileExtension: String { rawValue }

    /// The format a file name's extension asks for: `.html`/`.htm`, `.md`/`.markdown`, `.csv`.
    init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "csv": self = .csv
        default: return nil
        }
    }

    func render(_ report: ExperimentReport) -> String {
        switch self {
        case .html: return HTMLReport.render(report)
        case .md: return MarkdownReport.render(report)
        case .csv: return CSVReport.render(report)
        }
    }
}
