import JSONCoding

/// The janitor's summary (docs/janitor.md, "Report") as `lab cleanup` prints it: one line per experiment
/// with its verdict and reason, one line per resource acted on (or that would be, in a dry run), the counts
/// and where the summary is stored.
enum JanitorSummaryText {
    static func render(_ summary: JSONValue, bucket: String) -> String {
        var text = ""
        let dryRun = summary["dryRun"]?.boolValue == true
        let trigger = summary["trigger"]?.stringValue ?? "?"
        let experiments = summary["experiments"]?.arrayValue ?? []
        let seconds = summary["seconds"]?.doubleValue.map { " in \(ElapsedText.span($0))" } ?? ""
        text += "janitor \(trigger)\(dryRun ? " (dry run: nothing deleted)" : ""): \(experiments.count) experiment\(experiments.count == 1 ? "" : "s") judged\(seconds)\n"
        if let ignored = summary["ignored"]?.stringValue { text += "ignored: \(ignored)\n" }
        let idWidth = experiments.compactMap { $0["experimentId"]?.stringValue?.count }.max() ?? 0
        for experiment in experiments {
            let id = experiment["experimentId"]?.stringValue ?? "?"
            let verdict = experiment["verdict"]?.stringValue ?? "?"
            var line = "  " + TextTable.pad(id, to: idWidth) + "  " + TextTable.pad(verdict, to: 5)
            if let found = experiment["resourcesFound"]?.intValue { line += "  \(found) resource\(found == 1 ? "" : "s")" }
            if let reason = experiment["reason"]?.stringValue { line += "  " + reason }
            if experiment["deferred"]?.boolValue == true { line += " (deferred to the next sweep)" }
            text += line + "\n"
        }
        let resources = summary["resources"]?.arrayValue ?? []
        if !resources.isEmpty {
            text += dryRun ? "would delete:\n" : "resources:\n"
            let kindWidth = resources.compactMap { $0["kind"]?.stringValue?.count }.max() ?? 0
            let idWidth = resources.compactMap { $0["id"]?.stringValue?.count }.max() ?? 0
            for resource in resources {
                var line = "  " + TextTable.pad(resource["kind"]?.stringValue ?? "?", to: kindWidth) + "  "
                    + TextTable.pad(resource["id"]?.stringValue ?? "?", to: idWidth) + "  " + (resource["experimentId"]?.stringValue ?? "?")
                    + "  " + (resource["result"]?.stringValue ?? "?")
                if let detail = resource["detail"]?.stringValue { line += " (\(detail))" }
                if let code = resource["errorCode"]?.stringValue { line += " [\(code)]" }
                text += line + "\n"
            }
        }
        if let counts = summary["counts"]?.objectValue {
            let order = ["would-delete", "deleted", "pending", "failed"]
            let parts = order.compactMap { name in counts[name]?.intValue.map { "\($0) \(name)" } }
            text += "counts: " + parts.joined(separator: ", ") + "\n"
        }
        if let deferred = summary["deferred"]?.arrayValue, !deferred.isEmpty {
            text += "deferred: " + deferred.compactMap(\.stringValue).joined(separator: ", ") + " (the next sweep goes on)\n"
        }
        if let key = summary["reportKey"]?.stringValue { text += "summary: s3://\(bucket)/\(key)\n" }
        return text
    }
}
