import JSONCoding
import Testing
@testable import LabCore

@Suite("Experiment spec: defaults and profiles")
struct SpecDefaultsTests {
    @Test("{} gives the cheap dev cluster: 3 ZooKeeper, 3 bookies on gp3 journal and ledger volumes, 2 brokers, 1 client")
    func emptySpecIsTheDevCluster() throws {
        let result = try SpecHelpers.validate("{}")
        let spec = result.spec
        #expect(result.notices.isEmpty, "\(result.notices)")
        #expect(spec.profile == .dev)
        #expect(spec.cluster.zookeeper == ComponentSpec(count: 3, instanceType: "t3.small"))
        #expect(spec.cluster.bookkeeper.count == 3)
        #expect(spec.cluster.bookkeeper.instanceType == "m6i.large")
        #expect(spec.cluster.bookkeeper.storage == .ebs(journal: VolumeSpec(sizeGiB: 20), ledgers: VolumeSpec(sizeGiB: 100)))
        #expect(spec.cluster.broker == ComponentSpec(count: 2, instanceType: "m6i.large"))
        #expect(spec.cluster.client == ComponentSpec(count: 1, instanceType: "m6i.large"))
        #expect(spec.placementGroup == false)
        #expect(spec.spot == .none)
        #expect(spec.ttlHours == 6)
        #expect(spec.readinessBudgetMinutes == 15)
        #expect(spec.amiNamePattern == "pulsar-base-*")
        #expect(spec.region == nil && spec.availabilityZone == nil && spec.pulsarVersion == nil)
    }

    @Test("{} runs one modest workload: 1 topic, 16 partitions, 1 KB from the AMI's payload file, 10k msg/s, 5 min after 1 min warm-up")
    func emptySpecRunsOneModestWorkload() throws {
        let spec = try SpecHelpers.spec("{}")
        #expect(spec.workloads.count == 1)
        let workload = try #require(spec.workloads.first)
        #expect(workload.name == "1-topic-16-partitions-1kb")
        #expect(workload.topics == 1 && workload.partitionsPerTopic == 16)
        #expect(workload.messageSize == 1024)
        #expect(workload.payloadFile == "/opt/benchmark/payload/payload-1Kb.data")
        #expect(!workload.useRandomizedPayloads)
        #expect(workload.producerRate == 10_000)
        #expect(workload.testDurationMinutes == 5 && workload.warmupDurationMinutes == 1)
        #expect(workload.subscriptionsPerTopic == 1 && workload.producersPerTopic == 1 && workload.consumerPerSubscription == 1)
    }

    @Test("An empty document and null read as {}")
    func emptyInputReadsAsEmptyObject() throws {
        let fromEmpty = try ExperimentSpec.validate(json: []).spec
        let fromNull = try SpecHelpers.spec("null")
        let fromObject = try SpecHelpers.spec("{}")
        #expect(fromEmpty == fromObject)
        #expect(fromNull == fromObject)
    }

    @Test("The driver defaults are OMB's own driver-pulsar/pulsar.yaml values")
    func driverDefaultsAreOMBs() throws {
        let driver = try SpecHelpers.spec("{}").driver
        #expect(driver.client.ioThreads == 16 && driver.client.connectionsPerBroker == 8)
        #expect(driver.client.namespacePrefix == "benchmark/ns" && driver.client.topicType == .persistent)
        #expect(driver.client.persistence == PersistenceSettings(ensembleSize: 3, writeQuorum: 3, ackQuorum: 2, deduplicationEnabled: false))
        #expect(driver.producer == ProducerSettings(
            batchingEnabled: true, batchingMaxPublishDelayMs: 1, batchingMaxBytes: 131_072, blockIfQueueFull: true, pendingQueueSize: 0))
        #expect(driver.consumer == ConsumerSettings(receiverQueueSize: 10_000, subscriptionType: .failover))
    }

    @Test("profile perf switches to OMB-like sizing: NVMe instance-store bookies, m5n brokers and client, a placement group")
    func perfProfileUsesOMBLikeSizing() throws {
        let spec = try SpecHelpers.spec(#"{"profile": "perf"}"#)
        #expect(spec.profile == .perf)
        #expect(spec.cluster.bookkeeper == BookKeeperSpec(count: 3, instanceType: "i3en.2xlarge", storage: .instanceStore))
        #expect(spec.cluster.broker == ComponentSpec(count: 3, instanceType: "m5n.2xlarge"))
        #expect(spec.cluster.client == ComponentSpec(count: 1, instanceType: "m5n.8xlarge"))
        #expect(spec.cluster.zookeeper == ComponentSpec(count: 3, instanceType: "m5.xlarge"))
        #expect(spec.placementGroup)
        let workload = try #require(spec.workloads.first)
        #expect(workload.partitionsPerTopic == 100 && workload.producerRate == 200_000)
        #expect(workload.producersPerTopic == 4 && workload.consumerPerSubscription == 4)
    }

    @Test("Fields a spec sets override the profile; the rest keep the profile's values")
    func fieldsOverrideTheProfile() throws {
        let spec = try SpecHelpers.spec(#"{"profile": "perf", "cluster": {"broker": {"count": 5}}, "placementGroup": false}"#)
        #expect(spec.cluster.broker == ComponentSpec(count: 5, instanceType: "m5n.2xlarge"))
        #expect(spec.cluster.bookkeeper.instanceType == "i3en.2xlarge")
        #expect(!spec.placementGroup)
    }

    @Test("Asking perf bookies for EBS storage gives them the default gp3 volumes, sized as written")
    func ebsStorageOnPerfBookiesGetsVolumes() throws {
        let spec = try SpecHelpers.spec(
            #"{"profile": "perf", "cluster": {"bookkeeper": {"storage": "ebs", "ledgerVolume": {"sizeGiB": 500, "iops": 6000, "throughputMiBps": 250}}}}"#)
        #expect(spec.cluster.bookkeeper.storage
            == .ebs(journal: VolumeSpec(sizeGiB: 20), ledgers: VolumeSpec(sizeGiB: 500, iops: 6000, throughputMiBps: 250)))
    }

    @Test("spot: true covers every component, an object only the ones it names")
    func spotAcceptsABoolOrPerComponent() throws {
        #expect(try SpecHelpers.spec(#"{"spot": true}"#).spot == .all)
        #expect(try SpecHelpers.spec(#"{"spot": false}"#).spot == .none)
        let partial = try SpecHelpers.spec(#"{"spot": {"client": true, "broker": false}}"#).spot
        #expect(partial.components == [.client])
    }

    @Test("An availability zone alone also sets its region")
    func zoneImpliesRegion() throws {
        let spec = try SpecHelpers.spec(#"{"availabilityZone": "eu-central-1b"}"#)
        #expect(spec.region == "eu-central-1")
        let localZone = try SpecHelpers.spec(#"{"availabilityZone": "us-west-2-lax-1a"}"#)
        #expect(localZone.region == "us-west-2")
    }

    @Test("A message size without a payload file on the AMI falls back to randomized payloads, with a notice")
    func oddMessageSizeUsesRandomizedPayloads() throws {
        let result = try SpecHelpers.validate(#"{"workloads": [{"name": "w", "messageSize": 3000}]}"#)
        let workload = try #require(result.spec.workloads.first)
        #expect(workload.useRandomizedPayloads && workload.payloadFile == nil)
        #expect(result.notices.map(\.path) == ["workloads[0].messageSize"])
    }

    @Test("Unnamed workloads are named workload-1, workload-2, … by position")
    func unnamedWorkloadsAreNumbered() throws {
        let spec = try SpecHelpers.spec(#"{"workloads": [{}, {"producerRate": 500}]}"#)
        #expect(spec.workloads.map(\.name) == ["workload-1", "workload-2"])
    }
}
