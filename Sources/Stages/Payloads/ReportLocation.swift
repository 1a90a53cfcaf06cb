/// collect-results' output in `report` mode: where the report is.
public struct ReportLocation: Codable, Sendable, Hashable {
    /// S3 keys (results bucket) of the HTML page, the Markdown summary and the CSV figures.
    public var reportKey: String
    public var markdownKey: String
    public var csvKey: String
    /// A presigned GET link to the HTML page. Signed with the function's temporary credentials, so it stops
    /// working when they expire (hours), whatever its 7-day lifetime says; `lab report` signs a fresh one.
    public var reportUrl: String
    /// The nightly verdict against the plan's recent successful runs (`regressed`, `improved`, `unchanged`,
    /// `insufficient-history`); absent outside plans.
    public var verdict: String?
    /// Why there is no verdict although the experiment belongs to a plan (e.g. the table has no plan index).
    public var baselineNote: String?

    public init(reportKey: String, markdownKey: String, csvKey: String, reportUrl: String, verdict: String?, baselineNote: String? = nil) {
        self.reportKey = reportKey
        self.markdownKey = markdownKey
        self.csvKey = csvKey
        self.reportUrl = reportUrl
        self.verdict = verdict
        self.baselineNote = baselineNote
    }
}
