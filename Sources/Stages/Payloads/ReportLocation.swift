/// collect-results' output in `report` mode: where the report is.
public struct ReportLocation: Codable, Sendable, Hashable {
    /// S3 keys (results bucket) of the HTML page, the Markdown summary and the CSV figures.
    public var reportKey: String
    public var markdownKey: String
    public var csvKey: String
    /// `s3://<bucket>/<reportKey>`. Not a presigned link: one signed here would carry the function's temporary
    /// credentials (dead within hours) and change on every call, so a repeated report would not return the same
    /// result; `lab report ID --open` signs one with the reader's own credentials.
    public var reportUri: String
    /// The nightly verdict against the plan's recent successful runs (`regressed`, `improved`, `unchanged`,
    /// `insufficient-history`); absent outside plans.
    public var verdict: String?
    /// Why there is no verdict although the experiment belongs to a plan (e.g. the table has no plan index).
    public var baselineNote: String?

    public init(reportKey: String, markdownKey: String, csvKey: String, reportUri: String, verdict: String?, baselineNote: String? = nil) {
        self.reportKey = reportKey
        self.markdownKey = markdownKey
        self.csvKey = csvKey
        self.reportUri = reportUri
        self.verdict = verdict
        self.baselineNote = baselineNote
    }
}
