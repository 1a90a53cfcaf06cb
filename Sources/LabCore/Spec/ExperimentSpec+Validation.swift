import JSONCoding

extension ExperimentSpec {
    /// Reads and checks a spec document: every field optional, defaults from the profile, every problem
    /// reported at once with its JSON path and what to do.
    ///
    /// - Throws: `LabCoreError` `.invalidSpec` listing every problem in `problems`.
    public static func validate(_ document: JSONValue) throws(LabCoreError) -> SpecValidation {
        var reader = SpecReader()
        let spec = reader.read(document)
        let problems = reader.diagnostics.problems
        guard problems.isEmpty, let spec else {
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            throw LabCoreError(
                code: .invalidSpec,
                message: "The experiment spec has \(count); fix \(problems.count == 1 ? "it" : "them") and start the experiment again (docs/experiment-spec.md lists every field):",
                problems: problems)
        }
        return SpecValidation(spec: spec, notices: reader.diagnostics.notices)
    }

    /// Parses `bytes` as JSON (empty input reads as `{}`), then validates.
    ///
    /// - Throws: `LabCoreError` `.invalidSpec`; for text that is not JSON, with the parse error (line and
    ///   column) as the only problem and as `underlying`.
    public static func validate(json bytes: [UInt8]) throws(LabCoreError) -> SpecValidation {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return try validate(JSONValue.object(JSONObject()))
        }
        let document: JSONValue
        do {
            document = try JSON.parse(bytes)
        } catch {
            throw LabCoreError(
                code: .invalidSpec,
                message: "The experiment spec is not valid JSON; fix it and start the experiment again:",
                problems: [SpecProblem(path: "", message: "\(error)")],
                underlying: error)
        }
        return try validate(document)
    }
}
