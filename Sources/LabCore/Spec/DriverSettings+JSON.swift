import JSONCoding

/// The driver part of the filled-in spec, in OMB's driver-file layout (see `ExperimentSpec.jsonValue`).
extension DriverSettings {
    var jsonValue: JSONValue {
        let persistence = client.persistence
        var clientObject: JSONObject = [
            "ioThreads": .int(client.ioThreads), "connectionsPerBroker": .int(client.connectionsPerBroker),
            "clusterName": .string(client.clusterName), "namespacePrefix": .string(client.namespacePrefix),
            "topicType": .string(client.topicType.rawValue),
            "persistence": [
                "ensembleSize": .int(persistence.ensembleSize), "writeQuorum": .int(persistence.writeQuorum),
                "ackQuorum": .int(persistence.ackQuorum), "deduplicationEnabled": .bool(persistence.deduplicationEnabled),
            ],
        ]
        clientObject["clientMemoryLimitMB"] = client.clientMemoryLimitMB.map(JSONValue.int)
        clientObject["maxConcurrentLookupRequests"] = client.maxConcurrentLookupRequests.map(JSONValue.int)
        clientObject["tlsAllowInsecureConnection"] = client.tlsAllowInsecureConnection.map(JSONValue.bool)
        clientObject["tlsEnableHostnameVerification"] = client.tlsEnableHostnameVerification.map(JSONValue.bool)

        var producerObject: JSONObject = [
            "batchingEnabled": .bool(producer.batchingEnabled), "batchingMaxPublishDelayMs": .int(producer.batchingMaxPublishDelayMs),
            "batchingMaxBytes": .int(producer.batchingMaxBytes), "blockIfQueueFull": .bool(producer.blockIfQueueFull),
            "pendingQueueSize": .int(producer.pendingQueueSize),
        ]
        producerObject["maxPendingMessagesAcrossPartitions"] = producer.maxPendingMessagesAcrossPartitions.map(JSONValue.int)
        producerObject["batchingPartitionSwitchFrequencyByPublishDelay"] =
            producer.batchingPartitionSwitchFrequencyByPublishDelay.map(JSONValue.int)

        var consumerObject: JSONObject = [
            "receiverQueueSize": .int(consumer.receiverQueueSize), "subscriptionType": .string(consumer.subscriptionType.rawValue),
        ]
        consumerObject["maxTotalReceiverQueueSizeAcrossPartitions"] = consumer.maxTotalReceiverQueueSizeAcrossPartitions.map(JSONValue.int)
        return ["client": .object(clientObject), "producer": .object(producerObject), "consumer": .object(consumerObject)]
    }
}
