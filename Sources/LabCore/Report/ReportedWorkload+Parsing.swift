import JSONCoding

extension ReportedWorkload {
    /// Parses an OMB result file, with its simulation stamp.
    ///
    /// - Parameters:
    ///   - source: the path or S3 key, named in error messages and in the report.
    ///   - targetRate: the workload's `producerRate` when the caller knows it.
    /// - Throws: `LabCoreError` `.invalidResult` saying what is wrong with the file.
    public static func parse(_ bytes: [UInt8], source: String, targetRate: Int?) throws(LabCoreError) -> ReportedWorkload {
        let document: JSONValue
        do {
            document = try JSON.parse(bytes)
        } catch {
            throw LabCoreError(
                code: .invalidResult,
                message: "\(source) is not valid JSON (\(error)); the benchmark may have been cut off while writing it: check the benchmark command's output",
                underlying: error)
        }
        let result = try OMBResult(document, source: source)
        let simulation = try SimulationStamp.read(from: document, source: source)
        return ReportedWorkload(source: source, result: result, targetRate: targetRate, simulation: simulation)
    }
}
