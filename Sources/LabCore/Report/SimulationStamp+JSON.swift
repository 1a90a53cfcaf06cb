import JSONCoding

extension SimulationStamp {
    /// The stamp of an OMB result document: nil when `simulated` is absent or `false` (a real run).
    ///
    /// - Throws: `LabCoreError` `.invalidResult` when `simulated` is not a boolean or `simulationModel` not a
    ///   string: a stamp that cannot be read must not let simulated numbers pass as real ones.
    public static func read(from document: JSONValue, source: String) throws(LabCoreError) -> SimulationStamp? {
        guard case .object(let object) = document, let flag = object[simulatedKey], !flag.isNull else { return nil }
        guard let isSimulated = flag.boolValue else {
            throw LabCoreError(
                code: .invalidResult,
                message: "\(source): \(simulatedKey) should be true or false, found \(SpecText.describe(flag)); fix the tool that wrote the file")
        }
        guard isSimulated else { return nil }
        guard let model = object[modelKey], !model.isNull else { return SimulationStamp() }
        guard let name = model.stringValue else {
            throw LabCoreError(
                code: .invalidResult,
                message: "\(source): \(modelKey) should be a string, found \(SpecText.describe(model)); fix the tool that wrote the file")
        }
        return SimulationStamp(model: name)
    }
}
