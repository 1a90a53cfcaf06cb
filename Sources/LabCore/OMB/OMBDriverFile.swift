/// Renders the OMB Pulsar driver file (`--drivers <file>`) for an experiment: OMB's own layout
/// (`driver-pulsar/pulsar.yaml`), pointed at the experiment's brokers.
///
/// `client.serviceUrl` lists every broker (`pulsar://b1:6650,b2:6650`: the Pulsar client's multi-host form,
/// so lookups survive one broker being slow); `client.httpUrl` is the first broker's admin URL, which OMB
/// uses to create the tenant and namespace.
///
/// See: https://github.com/openmessaging/benchmark/blob/master/driver-pulsar/pulsar.yaml
public enum OMBDriverFile {
    /// - Throws: `LabCoreError` `.invalidInput` when `brokers` is empty.
    public static func render(_ driver: DriverSettings, brokers: [BrokerAddress], experimentID: ExperimentID) throws(LabCoreError) -> String {
        guard let first = brokers.first else {
            throw LabCoreError(
                code: .invalidInput,
                message: "no broker addresses for experiment \(experimentID): the driver file needs at least one; pass the brokers' private IPs from DescribeInstances")
        }
        let serviceURL = "pulsar://" + brokers.map { "\($0.value):\(PulsarPorts.brokerService)" }.joined(separator: ",")
        let httpURL = "http://\(first.value):\(PulsarPorts.brokerHTTP)"
        return YAMLWriter.document(entries(driver, serviceURL: serviceURL, httpURL: httpURL), comments: [
            "OpenMessaging Benchmark driver for experiment \(experimentID), rendered by pulsar-aws-lab.",
        ])
    }

    static func entries(_ driver: DriverSettings, serviceURL: String, httpURL: String) -> [YAMLEntry] {
        let client = driver.client, persistence = client.persistence
        var clientEntries = [
            YAMLEntry("serviceUrl", .string(serviceURL)),
            YAMLEntry("httpUrl", .string(httpURL)),
            YAMLEntry("ioThreads", .int(client.ioThreads)),
            YAMLEntry("connectionsPerBroker", .int(client.connectionsPerBroker)),
        ]
        if let limit = client.clientMemoryLimitMB { clientEntries.append(YAMLEntry("clientMemoryLimitMB", .int(limit))) }
        if let lookups = client.maxConcurrentLookupRequests {
            clientEntries.append(YAMLEntry("maxConcurrentLookupRequests", .int(lookups)))
        }
        clientEntries += [
            YAMLEntry("clusterName", .string(client.clusterName)),
            YAMLEntry("namespacePrefix", .string(client.namespacePrefix)),
            YAMLEntry("topicType", .string(client.topicType.rawValue)),
            YAMLEntry("persistence", .mapping([
                YAMLEntry("ensembleSize", .int(persistence.ensembleSize)),
                YAMLEntry("writeQuorum", .int(persistence.writeQuorum)),
                YAMLEntry("ackQuorum", .int(persistence.ackQuorum)),
                YAMLEntry("deduplicationEnabled", .bool(persistence.deduplicationEnabled)),
            ])),
        ]
        if let insecure = client.tlsAllowInsecureConnection {
            clientEntries.append(YAMLEntry("tlsAllowInsecureConnection", .bool(insecure)))
        }
        if let verify = client.tlsEnableHostnameVerification {
            clientEntries.append(YAMLEntry("tlsEnableHostnameVerification", .bool(verify)))
        }

        let producer = driver.producer
        var producerEntries = [
            YAMLEntry("batchingEnabled", .bool(producer.batchingEnabled)),
            YAMLEntry("batchingMaxPublishDelayMs", .int(producer.batchingMaxPublishDelayMs)),
            YAMLEntry("batchingMaxBytes", .int(producer.batchingMaxBytes)),
            YAMLEntry("blockIfQueueFull", .bool(producer.blockIfQueueFull)),
            YAMLEntry("pendingQueueSize", .int(producer.pendingQueueSize)),
        ]
        if let value = producer.maxPendingMessagesAcrossPartitions {
            producerEntries.append(YAMLEntry("maxPendingMessagesAcrossPartitions", .int(value)))
        }
        if let value = producer.batchingPartitionSwitchFrequencyByPublishDelay {
            producerEntries.append(YAMLEntry("batchingPartitionSwitchFrequencyByPublishDelay", .int(value)))
        }

        let consumer = driver.consumer
        var consumerEntries = [
            YAMLEntry("receiverQueueSize", .int(consumer.receiverQueueSize)),
            YAMLEntry("subscriptionType", .string(consumer.subscriptionType.rawValue)),
        ]
        if let value = consumer.maxTotalReceiverQueueSizeAcrossPartitions {
            consumerEntries.append(YAMLEntry("maxTotalReceiverQueueSizeAcrossPartitions", .int(value)))
        }

        return [
            YAMLEntry("name", .string(OMBDriverIdentity.name)),
            YAMLEntry("driverClass", .string(OMBDriverIdentity.driverClass)),
            YAMLEntry("client", .mapping(clientEntries)),
            YAMLEntry("producer", .mapping(producerEntries)),
            YAMLEntry("consumer", .mapping(consumerEntries)),
        ]
    }
}
