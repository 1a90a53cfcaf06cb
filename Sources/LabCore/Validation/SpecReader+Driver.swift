import JSONCoding

extension SpecReader {
    /// OMB's Pulsar driver file, as JSON. `name` and `driverClass` may be pasted along but must be the Pulsar
    /// driver's; `serviceUrl`/`httpUrl` may be pasted but are replaced by the experiment's brokers; TLS and
    /// authentication must stay unset because the lab's cluster runs without them.
    mutating func readDriver(_ value: JSONValue?) -> DriverSettings {
        let path = SpecPath.root.member("driver")
        var driver = DriverSettings()
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.driver, &diagnostics) else { return driver }
        reader.reportUnknownKeys(&diagnostics)
        requireExactly(reader, "name", OMBDriverIdentity.name)
        requireExactly(reader, "driverClass", OMBDriverIdentity.driverClass)
        driver.client = readDriverClient(reader.value("client"), at: path.member("client"), defaults: driver.client)
        driver.producer = readProducer(reader.value("producer"), at: path.member("producer"), defaults: driver.producer)
        driver.consumer = readConsumer(reader.value("consumer"), at: path.member("consumer"), defaults: driver.consumer)
        return driver
    }

    private mutating func requireExactly(_ reader: ObjectReader, _ key: String, _ expected: String) {
        guard let value = reader.value(key) else { return }
        if value.stringValue != expected {
            diagnostics.problem(
                reader.path.member(key),
                "expected \(SpecText.quoted(expected)) (the lab runs OMB's Pulsar driver), found \(SpecText.describe(value)); remove the field or set it to that value")
        }
    }

    private mutating func readDriverClient(_ value: JSONValue?, at path: SpecPath, defaults: PulsarClientSettings) -> PulsarClientSettings {
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.driverClient, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        var client = defaults
        for key in ["serviceUrl", "httpUrl"] {
            guard let url = reader.value(key) else { continue }
            if url.stringValue == nil {
                diagnostics.problem(path.member(key), "expected a string, found \(SpecText.describe(url)); better still, remove it: the lab sets it")
            } else {
                diagnostics.notice(path.member(key), "ignored: the lab points OMB at the experiment's own brokers")
            }
        }
        client.ioThreads = reader.int("ioThreads", default: client.ioThreads, in: 1...256, &diagnostics)
        client.connectionsPerBroker = reader.int("connectionsPerBroker", default: client.connectionsPerBroker, in: 1...1024, &diagnostics)
        client.clientMemoryLimitMB = reader.optionalInt("clientMemoryLimitMB", in: 0...1_048_576, &diagnostics)
        client.maxConcurrentLookupRequests = reader.optionalInt("maxConcurrentLookupRequests", in: 1...1_000_000, &diagnostics)
        client.clusterName = reader.string("clusterName", rule: TextRules.clusterName, &diagnostics) ?? client.clusterName
        client.namespacePrefix = reader.string("namespacePrefix", rule: TextRules.namespacePrefix, &diagnostics) ?? client.namespacePrefix
        client.topicType = reader.choice("topicType", as: TopicType.self, &diagnostics) ?? client.topicType
        client.persistence = readPersistence(reader.value("persistence"), at: path.member("persistence"), defaults: client.persistence)
        client.tlsAllowInsecureConnection = reader.optionalBool("tlsAllowInsecureConnection", &diagnostics)
        client.tlsEnableHostnameVerification = reader.optionalBool("tlsEnableHostnameVerification", &diagnostics)
        requireUnset(reader, "tlsTrustCertsFilePath", why: "the lab's cluster serves plain pulsar:// and http:// without TLS")
        if let authentication = ObjectReader(
            reader.value("authentication"), at: path.member("authentication"), knownKeys: SpecKeys.authentication, &diagnostics)
        {
            authentication.reportUnknownKeys(&diagnostics)
            for key in SpecKeys.authentication {
                requireUnset(authentication, key, why: "the lab's cluster runs without authentication")
            }
        }
        return client
    }

    /// Accepts only absent, null or an empty string (how OMB's YAML leaves these settings unset).
    private mutating func requireUnset(_ reader: ObjectReader, _ key: String, why: String) {
        guard let value = reader.value(key), value.stringValue != "" else { return }
        diagnostics.problem(reader.path.member(key), "must stay unset: \(why); remove it (found \(SpecText.describe(value)))")
    }

    private mutating func readPersistence(_ value: JSONValue?, at path: SpecPath, defaults: PersistenceSettings) -> PersistenceSettings {
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.persistence, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        return PersistenceSettings(
            ensembleSize: reader.int("ensembleSize", default: defaults.ensembleSize, in: 1...CountLimits.bookkeeper.upperBound, &diagnostics),
            writeQuorum: reader.int("writeQuorum", default: defaults.writeQuorum, in: 1...CountLimits.bookkeeper.upperBound, &diagnostics),
            ackQuorum: reader.int("ackQuorum", default: defaults.ackQuorum, in: 1...CountLimits.bookkeeper.upperBound, &diagnostics),
            deduplicationEnabled: reader.bool("deduplicationEnabled", default: defaults.deduplicationEnabled, &diagnostics))
    }

    private mutating func readProducer(_ value: JSONValue?, at path: SpecPath, defaults: ProducerSettings) -> ProducerSettings {
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.producer, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        return ProducerSettings(
            batchingEnabled: reader.bool("batchingEnabled", default: defaults.batchingEnabled, &diagnostics),
            batchingMaxPublishDelayMs: reader.int(
                "batchingMaxPublishDelayMs", default: defaults.batchingMaxPublishDelayMs, in: 0...60_000, &diagnostics),
            batchingMaxBytes: reader.int("batchingMaxBytes", default: defaults.batchingMaxBytes, in: 1...67_108_864, &diagnostics),
            blockIfQueueFull: reader.bool("blockIfQueueFull", default: defaults.blockIfQueueFull, &diagnostics),
            pendingQueueSize: reader.int("pendingQueueSize", default: defaults.pendingQueueSize, in: 0...100_000_000, &diagnostics),
            maxPendingMessagesAcrossPartitions: reader.optionalInt(
                "maxPendingMessagesAcrossPartitions", in: 0...100_000_000, &diagnostics),
            batchingPartitionSwitchFrequencyByPublishDelay: reader.optionalInt(
                "batchingPartitionSwitchFrequencyByPublishDelay", in: 1...1_000_000, &diagnostics))
    }

    private mutating func readConsumer(_ value: JSONValue?, at path: SpecPath, defaults: ConsumerSettings) -> ConsumerSettings {
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.consumer, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        return ConsumerSettings(
            receiverQueueSize: reader.int("receiverQueueSize", default: defaults.receiverQueueSize, in: 0...100_000_000, &diagnostics),
            subscriptionType: reader.choice("subscriptionType", as: SubscriptionType.self, &diagnostics) ?? defaults.subscriptionType,
            maxTotalReceiverQueueSizeAcrossPartitions: reader.optionalInt(
                "maxTotalReceiverQueueSizeAcrossPartitions", in: 0...100_000_000, &diagnostics))
    }
}
