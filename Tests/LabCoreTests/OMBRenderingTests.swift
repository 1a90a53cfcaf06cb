import JSONCoding
import Testing
@testable import LabCore

@Suite("OMB rendering: driver and workload YAML that OMB accepts as written")
struct OMBRenderingTests {
    let id = try! ExperimentID("exp-20251126-142501-eepcka")
    let brokers = [try! BrokerAddress("10.0.1.11"), try! BrokerAddress("10.0.1.12")]

    @Test("Driver file for {}: OMB's layout, every broker in serviceUrl, the first in httpUrl (golden)")
    func defaultDriverGolden() throws {
        let yaml = try OMBDriverFile.render(try SpecHelpers.spec("{}").driver, brokers: brokers, experimentID: id)
        try Golden.check(yaml, against: "driver-default.yaml")
        let document = try MiniYAML.parse(yaml)
        #expect(document["name"]?.stringValue == "Pulsar")
        #expect(document["driverClass"]?.stringValue == "io.openmessaging.benchmark.driver.pulsar.PulsarBenchmarkDriver")
        #expect(document["client"]?["serviceUrl"]?.stringValue == "pulsar://10.0.1.11:6650,10.0.1.12:6650")
        #expect(document["client"]?["httpUrl"]?.stringValue == "http://10.0.1.11:8080")
        #expect(document["client"]?["clusterName"]?.stringValue == "pulsar-lab")
        #expect(document["client"]?["namespacePrefix"]?.stringValue == "benchmark/ns")
    }

    @Test("Driver file with every optional setting a pasted driver can carry (golden)")
    func fullDriverGolden() throws {
        let spec = try SpecHelpers.spec("""
            {"driver": {"client": {"ioThreads": 4, "connectionsPerBroker": 16, "clientMemoryLimitMB": 512,
              "maxConcurrentLookupRequests": 5000, "clusterName": "local", "namespacePrefix": "bench/ns",
              "topicType": "non_persistent", "persistence": {"ensembleSize": 3, "writeQuorum": 3, "ackQuorum": 1,
              "deduplicationEnabled": true}, "tlsAllowInsecureConnection": false, "tlsEnableHostnameVerification": false},
             "producer": {"batchingEnabled": false, "batchingMaxPublishDelayMs": 5, "batchingMaxBytes": 1048576,
              "blockIfQueueFull": false, "pendingQueueSize": 5000000, "maxPendingMessagesAcrossPartitions": 5000000,
              "batchingPartitionSwitchFrequencyByPublishDelay": 2},
             "consumer": {"receiverQueueSize": 5000, "subscriptionType": "Key_Shared",
              "maxTotalReceiverQueueSizeAcrossPartitions": 5000000}}}
            """)
        let yaml = try OMBDriverFile.render(spec.driver, brokers: [try BrokerAddress("ip-10-0-1-12.ec2.internal")], experimentID: id)
        try Golden.check(yaml, against: "driver-full.yaml")
    }

    @Test("Workload file for {}: every OMB field explicit, the 1 KB payload file by absolute path (golden)")
    func defaultWorkloadGolden() throws {
        let yaml = OMBWorkloadFile.render(try SpecHelpers.spec("{}").workloads[0], experimentID: id)
        try Golden.check(yaml, against: "workload-default.yaml")
        let document = try MiniYAML.parse(yaml)
        #expect(document["payloadFile"]?.stringValue == "/opt/benchmark/payload/payload-1Kb.data")
        #expect(document["messageSize"]?.intValue == 1024)
    }

    @Test("Workload file with randomized payloads: ratio and pool size, no payloadFile (golden)")
    func randomizedWorkloadGolden() throws {
        let spec = try SpecHelpers.spec("""
            {"workloads": [{"name": "1 topic / 3 partitions / 3000b", "partitionsPerTopic": 3, "messageSize": 3000,
              "useRandomizedPayloads": true, "randomBytesRatio": 0.25, "randomizedPayloadPoolSize": 500,
              "keyDistributor": "KEY_ROUND_ROBIN", "producerRate": 0, "backlogDrainRatio": 0.99}]}
            """)
        let yaml = OMBWorkloadFile.render(spec.workloads[0], experimentID: id)
        try Golden.check(yaml, against: "workload-randomized.yaml")
        #expect(try MiniYAML.parse(yaml)["payloadFile"] == nil)
    }

    @Test("Every payload file the AMI carries has exactly the size its name says (OMB checks the length)")
    func payloadFilesMatchTheirSizes() {
        let expected = ["payload-100b.data": 100, "payload-200b.data": 200, "payload-400b.data": 400,
                        "payload-1Kb.data": 1024, "payload-2Kb.data": 2048, "payload-4Kb.data": 4096]
        #expect(Dictionary(uniqueKeysWithValues: PayloadFile.known.map { ($0.fileName, $0.size) }) == expected)
        for size in expected.values {
            let spec = try? SpecHelpers.spec(#"{"workloads": [{"name": "w", "messageSize": \#(size)}]}"#)
            let path = spec?.workloads.first?.payloadFile
            #expect(path.flatMap(PayloadFile.named)?.size == size, "messageSize \(size) → \(path ?? "nil")")
        }
    }

    @Test("The rendered files read back as the spec's values with a real YAML 1.1 parser (PyYAML)",
          .enabled(if: PythonYAML.interpreter != nil, PythonYAML.skipReason))
    func pyYAMLReadsTheFiles() throws {
        let spec = try SpecHelpers.spec(#"{"workloads": [{"name": "w", "messageSize": 3000, "randomBytesRatio": 0.000015}]}"#)
        // Built directly, past validation: the writer must keep even a hostile name one inert string.
        var workload = spec.workloads[0]
        workload.name = "a: b # c\n- x: 'y' \"z\" $(id) `id`; yes\u{2028}\\"
        let workloadYAML = OMBWorkloadFile.render(workload, experimentID: id)
        let read = try PythonYAML.load(workloadYAML)
        #expect(read == workload.expectedOMBJSON, "PyYAML read:\n\(read)\nfrom:\n\(workloadYAML)")
        #expect(try MiniYAML.parse(workloadYAML) == read)
        let driverYAML = try OMBDriverFile.render(spec.driver, brokers: brokers, experimentID: id)
        #expect(try PythonYAML.load(driverYAML) == (try MiniYAML.parse(driverYAML)))
    }

    @Test("A driver file needs at least one broker, and broker addresses are checked")
    func brokersAreChecked() throws {
        #expect(throws: LabCoreError.self) { try OMBDriverFile.render(DriverSettings(), brokers: [], experimentID: id) }
        for bad in ["10.0.1", "10.0.1.256", "10.0.01.1", "host_name", "-host", "a..b", "10.0.1.1:6650", "h;rm", "Host.Example", ""] {
            #expect(throws: LabCoreError.self, "\(bad)") { try BrokerAddress(bad) }
        }
        for good in ["10.0.1.1", "0.0.0.0", "ip-10-0-1-12.ec2.internal", "broker-1", "ip-10-0-1-12.us-west-2.compute.internal"] {
            #expect(throws: Never.self, "\(good)") { try BrokerAddress(good) }
        }
    }

    @Test("Doubles are written in plain decimal, never in exponent form (YAML 1.1 would read 1e-05 as a string)")
    func doublesArePlainDecimal() {
        #expect(YAMLWriter.plainDecimal(0.5) == "0.5")
        #expect(YAMLWriter.plainDecimal(1) == "1.0")
        #expect(YAMLWriter.plainDecimal(0.000015) == "0.000015")
        #expect(YAMLWriter.plainDecimal(1e-5) == "0.00001")
        #expect(YAMLWriter.plainDecimal(1e16) == "10000000000000000.0")
        #expect(YAMLWriter.plainDecimal(-2.5e-7) == "-0.00000025")
        #expect(YAMLWriter.plainDecimal(1.2345e17) == "123450000000000000.0")
    }
}

extension Workload {
    /// What OMB should read from the rendered workload file, written out independently of the renderer.
    var expectedOMBJSON: JSONValue {
        var object: JSONObject = [
            "name": .string(name), "topics": .number(JSONNumber(topics)),
            "partitionsPerTopic": .number(JSONNumber(partitionsPerTopic)), "keyDistributor": .string(keyDistributor.rawValue),
            "messageSize": .number(JSONNumber(messageSize)), "useRandomizedPayloads": .bool(useRandomizedPayloads),
        ]
        if useRandomizedPayloads {
            object["randomBytesRatio"] = .number(JSONNumber(randomBytesRatio)!)
            object["randomizedPayloadPoolSize"] = .number(JSONNumber(randomizedPayloadPoolSize))
        } else if let payloadFile {
            object["payloadFile"] = .string(payloadFile)
        }
        object["subscriptionsPerTopic"] = .number(JSONNumber(subscriptionsPerTopic))
        object["consumerPerSubscription"] = .number(JSONNumber(consumerPerSubscription))
        object["producersPerTopic"] = .number(JSONNumber(producersPerTopic))
        object["producerRate"] = .number(JSONNumber(producerRate))
        object["consumerBacklogSizeGB"] = .number(JSONNumber(consumerBacklogSizeGB))
        object["backlogDrainRatio"] = .number(JSONNumber(backlogDrainRatio)!)
        object["testDurationMinutes"] = .number(JSONNumber(testDurationMinutes))
        object["warmupDurationMinutes"] = .number(JSONNumber(warmupDurationMinutes))
        return .object(object)
    }
}
