import JSONCoding

/// The spec as JSON with every default filled in, in the spec's own field names: what validate-ami stores
/// as the experiment's effective spec, and what later stages read back (`validate` of this value gives the
/// same spec). Optional values that are unset are left out.
extension ExperimentSpec {
    public var jsonValue: JSONValue {
        var root = JSONObject()
        root["profile"] = .string(profile.rawValue)
        root["description"] = description.map(JSONValue.string)
        root["plan"] = plan.map(JSONValue.string)
        root["region"] = region.map(JSONValue.string)
        root["availabilityZone"] = availabilityZone.map(JSONValue.string)
        root["pulsarVersion"] = pulsarVersion.map(JSONValue.string)
        root["amiNamePattern"] = .string(amiNamePattern)
        root["spot"] = .object(JSONObject(uniqueKeysWithValues: ClusterComponent.allCases.map { ($0.rawValue, JSONValue.bool(spot.isSpot($0))) }))
        root["placementGroup"] = .bool(placementGroup)
        root["ttlHours"] = .int(ttlHours)
        root["readinessBudgetMinutes"] = .int(readinessBudgetMinutes)
        root["tags"] = .object(JSONObject(uniqueKeysWithValues: tags.map { ($0.key, JSONValue.string($0.value)) }))
        root["cluster"] = cluster.jsonValue
        root["driver"] = driver.jsonValue
        root["workloads"] = .array(workloads.map(\.jsonValue))
        return .object(root)
    }
}

extension ClusterSpec {
    var jsonValue: JSONValue {
        func component(_ spec: ComponentSpec) -> JSONValue {
            ["count": .int(spec.count), "instanceType": .string(spec.instanceType)]
        }
        var bookies: JSONObject = ["count": .int(bookkeeper.count), "instanceType": .string(bookkeeper.instanceType),
                                   "storage": .string(bookkeeper.storage.name)]
        if case .ebs(let journal, let ledgers) = bookkeeper.storage {
            bookies["journalVolume"] = journal.jsonValue
            bookies["ledgerVolume"] = ledgers.jsonValue
        }
        return ["zookeeper": component(zookeeper), "bookkeeper": .object(bookies), "broker": component(broker),
                "client": component(client)]
    }
}

extension VolumeSpec {
    var jsonValue: JSONValue {
        ["sizeGiB": .int(sizeGiB), "iops": .int(iops), "throughputMiBps": .int(throughputMiBps)]
    }
}

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

extension JSONValue {
    /// A whole number.
    static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

    /// A finite number (the spec's ratios are validated to 0…1, so never NaN or infinite).
    static func double(_ value: Double) -> JSONValue {
        guard let number = JSONNumber(value) else { preconditionFailure("\(value) is not a finite number") }
        return .number(number)
    }
}
