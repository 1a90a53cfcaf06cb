import JSONCoding

/// One workload of the filled-in spec, with OMB's field names (see `ExperimentSpec.jsonValue`).
extension Workload {
    var jsonValue: JSONValue {
        var object: JSONObject = [
            "name": .string(name), "topics": .int(topics), "partitionsPerTopic": .int(partitionsPerTopic),
            "keyDistributor": .string(keyDistributor.rawValue), "messageSize": .int(messageSize),
            "useRandomizedPayloads": .bool(useRandomizedPayloads), "randomBytesRatio": .double(randomBytesRatio),
            "randomizedPayloadPoolSize": .int(randomizedPayloadPoolSize),
        ]
        object["payloadFile"] = payloadFile.map(JSONValue.string)
        for (key, value) in [
            ("subscriptionsPerTopic", subscriptionsPerTopic), ("producersPerTopic", producersPerTopic),
            ("consumerPerSubscription", consumerPerSubscription), ("producerRate", producerRate),
            ("consumerBacklogSizeGB", consumerBacklogSizeGB),
        ] {
            object[key] = .int(value)
        }
        object["backlogDrainRatio"] = .double(backlogDrainRatio)
        object["testDurationMinutes"] = .int(testDurationMinutes)
        object["warmupDurationMinutes"] = .int(warmupDurationMinutes)
        return .object(object)
    }
}
