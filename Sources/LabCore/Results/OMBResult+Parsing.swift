import JSONCoding

extension OMBResult {
    /// OMB writes publish-delay latencies in microseconds; everything here is in milliseconds.
    static let microsecondsToMilliseconds = 0.001

    /// Parses an OMB result file.
    ///
    /// - Parameter source: names the file in error messages (an S3 key or a path).
    /// - Throws: `LabCoreError` `.invalidResult` saying which fields are missing or mistyped, or where the
    ///   JSON breaks.
    public static func parse(_ bytes: [UInt8], source: String) throws(LabCoreError) -> OMBResult {
        let document: JSONValue
        do {
            document = try JSON.parse(bytes)
        } catch {
            throw LabCoreError(
                code: .invalidResult,
                message: "\(source) is not valid JSON (\(error)); the benchmark may have been cut off while writing it: check the benchmark command's output",
                underlying: error)
        }
        return try OMBResult(document, source: source)
    }

    /// Reads an OMB result document, in the legacy (39 fields) or modern (62 fields) format. Fields OMB may add
    /// later are ignored.
    ///
    /// - Throws: `LabCoreError` `.invalidResult` listing every missing or mistyped field.
    public init(_ document: JSONValue, source: String) throws(LabCoreError) {
        guard case .object(let object) = document else {
            throw LabCoreError(
                code: .invalidResult,
                message: "\(source) is not an OMB result: expected a JSON object, found \(SpecText.describe(document))")
        }
        var reader = ResultReader(object)
        let isModern = reader.has("publishDelayLatencyAvg") || reader.has("aggregatedPublishDelayLatencyAvg")
        let workload = reader.string("workload")
        let driver = reader.string("driver")
        let publishRate = reader.doubles("publishRate")
        let publishErrorRate = reader.has("publishErrorRate") ? reader.doubles("publishErrorRate") : nil
        let consumeRate = reader.doubles("consumeRate")
        let backlog = reader.integers("backlog")
        let publishLatency = reader.series("publishLatency")
        let endToEndLatency = reader.series("endToEndLatency")
        let aggregatedPublish = reader.stats("aggregatedPublishLatency")
        let aggregatedEndToEnd = reader.stats("aggregatedEndToEndLatency")
        let publishQuantiles = reader.quantiles("aggregatedPublishLatencyQuantiles")
        let endToEndQuantiles = reader.quantiles("aggregatedEndToEndLatencyQuantiles")
        let scale = Self.microsecondsToMilliseconds
        let delaySeries = reader.has("publishDelayLatencyAvg") ? reader.series("publishDelayLatency", scale: scale) : nil
        let delayStats = reader.has("aggregatedPublishDelayLatencyAvg")
            ? reader.stats("aggregatedPublishDelayLatency", scale: scale) : nil
        let delayQuantiles = reader.has("aggregatedPublishDelayLatencyQuantiles")
            ? reader.quantiles("aggregatedPublishDelayLatencyQuantiles", scale: scale) : nil
        let messageSize = reader.optionalInt("messageSize")
        let topics = reader.optionalInt("topics")
        let partitions = reader.optionalInt("partitions")
        let producersPerTopic = reader.optionalInt("producersPerTopic")
        let consumersPerTopic = reader.optionalInt("consumersPerTopic")

        if publishRate.isEmpty && reader.problems.isEmpty {
            throw LabCoreError(
                code: .invalidResult,
                message: "\(source) holds no measurement periods (publishRate is empty): the run ended before its first 10 s period; check the benchmark's log")
        }
        guard reader.problems.isEmpty else {
            throw LabCoreError(
                code: .invalidResult,
                message: "\(source) is not a complete OMB result: \(reader.problems.joined(separator: "; "))")
        }
        self.init(
            format: isModern ? .modern : .legacy, workload: workload, driver: driver, messageSize: messageSize,
            topics: topics, partitions: partitions, producersPerTopic: producersPerTopic,
            consumersPerTopic: consumersPerTopic, publishRate: publishRate, publishErrorRate: publishErrorRate,
            consumeRate: consumeRate, backlog: backlog, publishLatency: publishLatency,
            publishDelayLatency: delaySeries, endToEndLatency: endToEndLatency,
            aggregatedPublishLatency: aggregatedPublish, aggregatedPublishDelayLatency: delayStats,
            aggregatedEndToEndLatency: aggregatedEndToEnd, publishLatencyQuantiles: publishQuantiles,
            publishDelayLatencyQuantiles: delayQuantiles, endToEndLatencyQuantiles: endToEndQuantiles)
    }
}
