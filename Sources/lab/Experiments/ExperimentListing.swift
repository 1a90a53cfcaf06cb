import AWSCore

/// One row of `lab list`, and the table they make.
struct ExperimentListing: Equatable {
    var id: String
    var status: String
    var startedAt: Timestamp
    var stoppedAt: Timestamp?
    var plan: String?

    /// `ID  STATUS  STARTED  DURATION  PLAN`, newest first as given; durations of running experiments count
    /// to `now`.
    static func table(_ rows: [ExperimentListing], now: Timestamp) -> String {
        let header = ["ID", "STATUS", "STARTED", "DURATION", "PLAN"]
        let cells = rows.map { row in
            [row.id, row.status, row.startedAt.iso8601String(),
             row.stoppedAt.map { ElapsedText.span($0.secondsElapsed(since: row.startedAt)) }
                ?? "\(ElapsedText.span(now.secondsElapsed(since: row.startedAt))) so far",
             row.plan ?? "-"]
        }
        return TextTable.render([header] + cells)
    }
}
