import JSONCoding

/// A small OMB result in the modern (62-field) format, built from a few headline numbers, for the stages'
/// tests: every period has the same figures, so the summary's values are the ones given here.
struct OMBResultFixture {
    var workload = "steady"
    var periods = 3
    var publishRate = 5_000.0
    var publishP99Ms = 4.5
    var endToEndP99Ms = 9.0
    /// Set to stamp the file as the emulated lab stamps what it synthesises.
    var simulationModel: String?

    var json: JSONValue {
        func series(_ value: Double) -> JSONValue { .array(Array(repeating: .number(JSONNumber(value)!), count: periods)) }
        func number(_ value: Double) -> JSONValue { .number(JSONNumber(value)!) }
        var object: JSONObject = [
            "workload": .string(workload), "driver": "Pulsar", "messageSize": 1024, "topics": 1, "partitions": 16,
            "producersPerTopic": 1, "consumersPerTopic": 1,
            "publishRate": series(publishRate), "publishErrorRate": series(0), "consumeRate": series(publishRate),
            "backlog": .array(Array(repeating: 0, count: periods)),
        ]
        let suffixes = ["Avg", "50pct", "75pct", "95pct", "99pct", "999pct", "9999pct", "Max"]
        let publish = [publishP99Ms / 3, publishP99Ms / 3, publishP99Ms / 2, publishP99Ms * 0.8, publishP99Ms, publishP99Ms * 2, publishP99Ms * 3, publishP99Ms * 4]
        let endToEnd = publish.map { $0 * endToEndP99Ms / publishP99Ms }
        let delayMicroseconds = [30.0, 25, 40, 80, 120, 400, 900, 1_500]
        for (index, suffix) in suffixes.enumerated() {
            object["publishLatency" + suffix] = series(publish[index])
            object["endToEndLatency" + suffix] = series(endToEnd[index])
            object["publishDelayLatency" + suffix] = series(delayMicroseconds[index])
            object["aggregatedPublishLatency" + suffix] = number(publish[index])
            object["aggregatedEndToEndLatency" + suffix] = number(endToEnd[index])
            object["aggregatedPublishDelayLatency" + suffix] = number(delayMicroseconds[index])
        }
        object["aggregatedPublishLatencyQuantiles"] = ["50.0": number(publish[1]), "99.0": number(publish[4]), "100.0": number(publish[7])]
        object["aggregatedEndToEndLatencyQuantiles"] = ["50.0": number(endToEnd[1]), "99.0": number(endToEnd[4]), "100.0": number(endToEnd[7])]
        object["aggregatedPublishDelayLatencyQuantiles"] = ["50.0": 25, "99.0": 120, "100.0": 1_500]
        if let simulationModel {
            object["simulated"] = true
            object["simulationModel"] = .string(simulationModel)
        }
        return .object(object)
    }

    var bytes: [UInt8] { JSON.serialize(json) }
}
