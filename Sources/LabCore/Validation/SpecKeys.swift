/// The field names of every object in the spec: the reader rejects any other key, and a test checks that
/// `docs/experiment-spec.schema.json` declares exactly these (so the model, the schema and the docs agree).
/// Workload and driver names are OMB's own, so an OMB workload or driver file pastes in unchanged.
enum SpecKeys {
    static let root = [
        "profile", "description", "plan", "region", "availabilityZone", "pulsarVersion", "amiNamePattern", "spot",
        "placementGroup", "ttlHours", "readinessBudgetMinutes", "tags", "cluster", "driver", "workloads",
    ]
    static let cluster = ["zookeeper", "bookkeeper", "broker", "client"]
    static let component = ["count", "instanceType"]
    static let bookkeeper = ["count", "instanceType", "storage", "journalVolume", "ledgerVolume"]
    static let volume = ["sizeGiB", "iops", "throughputMiBps"]
    static let spot = ["zookeeper", "bookkeeper", "broker", "client"]

    // OMB driver YAML (io.openmessaging.benchmark.driver.pulsar.config.PulsarConfig and its parts).
    static let driver = ["name", "driverClass", "client", "producer", "consumer"]
    static let driverClient = [
        "serviceUrl", "httpUrl", "ioThreads", "connectionsPerBroker", "clientMemoryLimitMB",
        "maxConcurrentLookupRequests", "clusterName", "namespacePrefix", "topicType", "persistence",
        "tlsAllowInsecureConnection", "tlsEnableHostnameVerification", "tlsTrustCertsFilePath", "authentication",
    ]
    static let persistence = ["ensembleSize", "writeQuorum", "ackQuorum", "deduplicationEnabled"]
    static let authentication = ["plugin", "data"]
    static let producer = [
        "batchingEnabled", "batchingMaxPublishDelayMs", "batchingMaxBytes", "blockIfQueueFull", "pendingQueueSize",
        // streamnative/openmessaging-benchmark only; upstream OMB ignores them (FAIL_ON_UNKNOWN_PROPERTIES=false).
        "maxPendingMessagesAcrossPartitions", "batchingPartitionSwitchFrequencyByPublishDelay",
    ]
    static let consumer = [
        "receiverQueueSize", "subscriptionType",
        // streamnative/openmessaging-benchmark only, as above.
        "maxTotalReceiverQueueSizeAcrossPartitions",
    ]

    // OMB workload YAML (io.openmessaging.benchmark.Workload).
    static let workload = [
        "name", "topics", "partitionsPerTopic", "keyDistributor", "messageSize", "useRandomizedPayloads",
        "randomBytesRatio", "randomizedPayloadPoolSize", "payloadFile", "subscriptionsPerTopic", "producersPerTopic",
        "consumerPerSubscription", "producerRate", "consumerBacklogSizeGB", "backlogDrainRatio",
        "testDurationMinutes", "warmupDurationMinutes",
    ]

    /// Every object of the spec with fixed fields, by path pattern (`[]` = any array element). `tags` is a
    /// free map of the user's tag keys and so is not listed.
    static let objects: [(path: String, keys: [String])] = [
        ("", root),
        ("spot", spot),
        ("cluster", cluster),
        ("cluster.zookeeper", component),
        ("cluster.bookkeeper", bookkeeper),
        ("cluster.bookkeeper.journalVolume", volume),
        ("cluster.bookkeeper.ledgerVolume", volume),
        ("cluster.broker", component),
        ("cluster.client", component),
        ("driver", driver),
        ("driver.client", driverClient),
        ("driver.client.persistence", persistence),
        ("driver.client.authentication", authentication),
        ("driver.producer", producer),
        ("driver.consumer", consumer),
        ("workloads[]", workload),
    ]
}
