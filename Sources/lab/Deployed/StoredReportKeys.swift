/// The record's `report`: where collect-results stored the three renderings of the experiment's report.
struct StoredReportKeys: Equatable {
    var reportKey: String
    var markdownKey: String
    var csvKey: String
    var simulated: Bool
    /// The nightly verdict (`regressed`, `improved`, `unchanged`, `insufficient-history`), for plan runs.
    var verdict: String?

    /// The key of the rendering in `format`.
    func key(for format: ReportFormat) -> String {
        switch format {
        case .html: return reportKey
        case .md: return markdownKey
        case .csv: return csvKey
        }
    }
}
