import JSONCoding

/// `lab results ID --json`: the experiment's status and each workload's summary exactly as recorded (the
/// fields of its `summary.json`), plus where the summary is, for scripts; keys sorted, as every `--json`.
enum ResultsDocument {
    static func render(_ experiment: StoredExperiment) -> String {
        var document: JSONObject = ["experimentId": .string(experiment.id), "status": .string(experiment.displayStatus)]
        document["createdAt"] = experiment.createdAt.map(JSONValue.string)
        document["finishedAt"] = experiment.finishedAt.map(JSONValue.string)
        document["simulated"] = .bool(experiment.isSimulated)
        document["workloads"] = .array(experiment.runsWithResults.map { run in
            var entry = run.summary ?? [:]
            entry["folder"] = .string(run.folder)
            entry["summaryKey"] = run.summaryKey.map(JSONValue.string)
            return .object(entry)
        })
        return CLIJSON.text(.object(document))
    }
}
