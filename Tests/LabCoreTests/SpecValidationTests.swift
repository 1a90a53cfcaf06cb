import JSONCoding
import Testing
@testable import LabCore

@Suite("Experiment spec: validation reports every problem with its path and what to do")
struct SpecValidationTests {
    @Test("Five independent mistakes give five problems, in one error, each with its JSON path")
    func everyProblemIsReportedAtOnce() {
        let problems = SpecHelpers.problems("""
            {
              "profil": "perf",
              "ttlHours": 0,
              "cluster": {"zookeeper": {"count": 4}, "broker": {"instanceType": "m6i large"}},
              "workloads": [{"name": "w", "messageSize": "1kb"}]
            }
            """)
        #expect(problems.map(\.path) == [
            "profil", "ttlHours", "cluster.zookeeper.count", "cluster.broker.instanceType", "workloads[0].messageSize",
        ].sorted { problemOrder($0) < problemOrder($1) }, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(problems.count == 5)
    }

    /// The reader reports unknown keys of an object first, then its fields in reading order; cross-field
    /// checks come last. This maps the five paths above onto that order.
    private func problemOrder(_ path: String) -> Int {
        ["profil", "ttlHours", "cluster.broker.instanceType", "workloads[0].messageSize", "cluster.zookeeper.count"]
            .firstIndex(of: path) ?? 99
    }

    @Test("The error's description lists the problems one per line after a message saying what to do")
    func errorDescriptionListsProblems() {
        do {
            _ = try SpecHelpers.validate(#"{"ttlHours": 0, "readinessBudgetMinutes": -1}"#)
            Issue.record("expected invalidSpec")
        } catch {
            #expect(error.description == """
                The experiment spec has 2 problems; fix them and start the experiment again (docs/experiment-spec.md lists every field):
                - ttlHours: 0 is out of range; use a whole number from 1 to 168
                - readinessBudgetMinutes: -1 is out of range; use a whole number from 1 to 120
                """)
        }
    }

    @Test("Fewer bookies than the ensemble: the message names both fields and both ways out")
    func bookiesFewerThanEnsemble() {
        let problems = SpecHelpers.problems(
            #"{"cluster": {"bookkeeper": {"count": 1}}, "driver": {"client": {"persistence": {"ensembleSize": 2, "writeQuorum": 2, "ackQuorum": 2}}}}"#)
        #expect(problems.map(\.description) == [
            "cluster.bookkeeper.count: 1 is fewer than driver.client.persistence.ensembleSize 2; use at least 2 bookies or lower ensembleSize",
        ])
    }

    @Test("ensembleSize ≥ writeQuorum ≥ ackQuorum is enforced")
    func quorumOrderIsEnforced() {
        let problems = SpecHelpers.problems(
            #"{"driver": {"client": {"persistence": {"ensembleSize": 2, "writeQuorum": 3, "ackQuorum": 4}}}}"#)
        #expect(problems.map(\.path) == [
            "driver.client.persistence.writeQuorum", "driver.client.persistence.ackQuorum",
        ], "\(problems)")
    }

    @Test("An unknown field is rejected with the closest known name suggested")
    func unknownFieldSuggestsClosestName() {
        let problems = SpecHelpers.problems(
            #"{"workloads": [{"name": "w", "partitionPerTopic": 4}], "cluster": {"bookeeper": {"count": 3}}}"#)
        #expect(problems.map(\.description).sorted() == [
            #"cluster.bookeeper: unknown field "bookeeper"; did you mean "bookkeeper"?"#,
            #"workloads[0].partitionPerTopic: unknown field "partitionPerTopic"; did you mean "partitionsPerTopic"?"#,
        ])
    }

    @Test("An unknown field far from every known one lists the known fields instead")
    func unknownFieldListsKnownFields() {
        let problems = SpecHelpers.problems(#"{"cluster": {"client": {"flavour": "big"}}}"#)
        #expect(problems.map(\.description) == [
            #"cluster.client.flavour: unknown field "flavour"; known fields here: count, instanceType"#,
        ])
    }

    @Test("A misspelt enum value gets a suggestion too")
    func enumValueSuggestion() {
        let problems = SpecHelpers.problems(#"{"profile": "perff", "driver": {"consumer": {"subscriptionType": "KeyShared"}}}"#)
        #expect(problems.map(\.description) == [
            #"profile: "perff" is not one of "dev", "perf"; did you mean "perf"?"#,
            #"driver.consumer.subscriptionType: "KeyShared" is not one of "Exclusive", "Shared", "Failover", "Key_Shared"; did you mean "Key_Shared"?"#,
        ])
    }

    @Test("Wrong JSON types are named: a string for a number, a fraction for a count, an array for an object")
    func typeErrorsNameWhatWasFound() {
        let problems = SpecHelpers.problems(
            #"{"cluster": {"broker": {"count": 2.5}}, "driver": [], "workloads": [{"messageSize": "1kb"}]}"#)
        #expect(problems.map(\.description) == [
            "cluster.broker.count: expected a whole number, found the number 2.5, which is not a whole number; use a whole number from 1 to 50",
            "driver: expected an object, found an array; write { … } with the fields of driver",
            #"workloads[0].messageSize: expected a whole number, found the string "1kb"; use a whole number from 1 to 5242880"#,
        ])
    }

    @Test("The spec must be a JSON object, and JSON that does not parse says where")
    func documentMustBeAnObject() {
        #expect(SpecHelpers.problems("[1]").map(\.description)
            == [#"the spec must be a JSON object such as {} or {"profile": "perf"}, found an array"#])
        let parse = SpecHelpers.problems(#"{"ttlHours": }"#)
        #expect(parse.count == 1)
        #expect(parse.first?.description.contains("line 1") == true, "\(parse)")
    }

    @Test("An even ZooKeeper count is refused with the odd numbers to use")
    func zooKeeperCountMustBeOdd() {
        let problems = SpecHelpers.problems(#"{"cluster": {"zookeeper": {"count": 2}}}"#)
        #expect(problems.first?.description.hasPrefix("cluster.zookeeper.count: 2 is even; use an odd number (1 or 3)") == true, "\(problems)")
    }

    @Test("Only one client node: the message says why and what to do instead")
    func oneClientNode() {
        let problems = SpecHelpers.problems(#"{"cluster": {"client": {"count": 2}}}"#)
        #expect(problems.map(\.description) == [
            "cluster.client.count: 2 client nodes: the benchmark runs as one OMB process on one client node; use 1 (and a larger instanceType for more load)",
        ])
    }

    @Test("Region and availability zone must have the right shape and agree")
    func regionAndZone() {
        #expect(SpecHelpers.problemPaths(#"{"region": "us-east"}"#) == ["region"])
        #expect(SpecHelpers.problemPaths(#"{"region": "US-EAST-1"}"#) == ["region"])
        #expect(SpecHelpers.problemPaths(#"{"availabilityZone": "us-east-1"}"#) == ["availabilityZone"])
        let mismatch = SpecHelpers.problems(#"{"region": "eu-west-1", "availabilityZone": "us-east-1a"}"#)
        #expect(mismatch.map(\.description) == [
            #"availabilityZone: "us-east-1a" is in us-east-1, not in region eu-west-1; pick a zone of eu-west-1 such as eu-west-1a, or change region"#,
        ])
        #expect((try? SpecHelpers.spec(#"{"region": "us-gov-west-1", "availabilityZone": "us-gov-west-1a"}"#)) != nil)
    }

    @Test("Instance types must look like family.size")
    func instanceTypeShape() {
        for bad in ["m6i", "m6i.", ".large", "M6I.large", "m6i.large.x", "6i.large", "m6i-.large"] {
            let problems = SpecHelpers.problemPaths(#"{"cluster": {"broker": {"instanceType": "\#(bad)"}}}"#)
            #expect(problems == ["cluster.broker.instanceType"], "\(bad)")
        }
        let spec = try? SpecHelpers.validate(#"{"cluster": {"broker": {"instanceType": "m7i-flex.large"}}}"#)
        #expect(spec?.notices.map(\.path) == ["cluster.broker.instanceType"], "an unpriced but valid type is a notice, not a problem")
    }

    @Test("Workload names must be unique")
    func workloadNamesUnique() {
        let problems = SpecHelpers.problems(#"{"workloads": [{"name": "a"}, {"name": "b"}, {"name": "a"}]}"#)
        #expect(problems.map(\.description) == [
            #"workloads[2].name: "a" is also the name of workloads[0]; give each workload its own name (results and reports are kept per name)"#,
        ])
    }

    @Test("Workload ranges: message size 1 byte to 5 MB, durations, counts")
    func workloadRanges() {
        let paths = SpecHelpers.problemPaths("""
            {"workloads": [{"name": "w", "messageSize": 5242881, "testDurationMinutes": 0, "warmupDurationMinutes": 61,
              "topics": 0, "producersPerTopic": 0, "producerRate": -1, "randomBytesRatio": 1.5, "backlogDrainRatio": -0.1}]}
            """)
        #expect(paths.sorted() == [
            "workloads[0].backlogDrainRatio", "workloads[0].messageSize", "workloads[0].producerRate",
            "workloads[0].producersPerTopic", "workloads[0].randomBytesRatio", "workloads[0].testDurationMinutes",
            "workloads[0].topics", "workloads[0].warmupDurationMinutes",
        ])
        #expect(SpecHelpers.problemPaths(#"{"workloads": []}"#) == ["workloads"])
    }

    @Test("A payload file must exist on the AMI and hold exactly messageSize bytes")
    func payloadFileMustMatchMessageSize() {
        let mismatch = SpecHelpers.problems(#"{"workloads": [{"name": "w", "messageSize": 100, "payloadFile": "payload/payload-1Kb.data"}]}"#)
        #expect(mismatch.map(\.description) == [
            #"workloads[0].payloadFile: payload-1Kb.data holds 1024 bytes but messageSize is 100 (OMB would stop with "Payload length mismatch"); use payload/payload-100b.data, or change messageSize to 1024"#,
        ])
        let unknown = SpecHelpers.problems(#"{"workloads": [{"name": "w", "payloadFile": "/etc/passwd"}]}"#)
        #expect(unknown.map(\.path) == ["workloads[0].payloadFile"])
        let noFile = SpecHelpers.problems(#"{"workloads": [{"name": "w", "messageSize": 3000, "useRandomizedPayloads": false}]}"#)
        #expect(noFile.map(\.path) == ["workloads[0].useRandomizedPayloads"])
    }

    @Test("A payload file given as OMB's relative path is rendered as the node's absolute path")
    func payloadFileIsNormalised() throws {
        let spec = try SpecHelpers.spec(#"{"workloads": [{"name": "w", "messageSize": 2048, "payloadFile": "payload/payload-2Kb.data"}]}"#)
        #expect(spec.workloads.first?.payloadFile == "/opt/benchmark/payload/payload-2Kb.data")
    }

    @Test("A backlog larger than the bookies' ledger disks is refused with the size to raise to")
    func backlogMustFitTheLedgerDisks() {
        // 100 GiB × writeQuorum 3 = 300 GiB; 3 bookies × 100 GiB × 0.95 = 285 GiB usable → 106 GiB per bookie needed.
        let problems = SpecHelpers.problems(#"{"workloads": [{"name": "b", "producerRate": 100000, "consumerBacklogSizeGB": 100}]}"#)
        #expect(problems.map(\.description) == [
            "workloads[0].consumerBacklogSizeGB: 100 GiB of backlog × writeQuorum 3 needs 300 GiB of ledger storage, but 3 bookies hold 285 GiB below BookKeeper's 95 % disk threshold; raise cluster.bookkeeper.ledgerVolume.sizeGiB to at least 106, or lower consumerBacklogSizeGB",
        ])
        #expect((try? SpecHelpers.spec(
            #"{"cluster": {"bookkeeper": {"ledgerVolume": {"sizeGiB": 106}}}, "workloads": [{"name": "b", "producerRate": 100000, "consumerBacklogSizeGB": 100}]}"#)) != nil)
    }

    @Test("A backlog test with producerRate 0 is refused, as OMB itself refuses it")
    func backlogNeedsFixedRate() {
        let problems = SpecHelpers.problems(#"{"workloads": [{"name": "b", "producerRate": 0, "consumerBacklogSizeGB": 1}]}"#)
        #expect(problems.map(\.path) == ["workloads[0].producerRate"])
    }

    @Test("The TTL must outlast the estimated run, or the janitor would delete the cluster mid-run")
    func ttlMustCoverTheRun() {
        let problems = SpecHelpers.problems(#"{"ttlHours": 1, "workloads": [{"name": "long", "testDurationMinutes": 60}]}"#)
        // 5 launch + 15 readiness + (1 + 60 + 2) workload + 10 wrap-up = 93 minutes.
        #expect(problems.map(\.description) == [
            "ttlHours: 1 h is shorter than the experiment's estimated 93 min (launch, readiness budget, every workload, teardown); the janitor would delete the cluster mid-run: raise ttlHours to at least 2 or shorten the workloads",
        ])
    }

    @Test("gp3 ratios: IOPS at most 500 per GiB, throughput at most IOPS / 4")
    func gp3Ratios() {
        let problems = SpecHelpers.problems(
            #"{"cluster": {"bookkeeper": {"journalVolume": {"sizeGiB": 10, "iops": 6000}, "ledgerVolume": {"throughputMiBps": 1000}}}}"#)
        #expect(problems.map(\.description) == [
            "cluster.bookkeeper.journalVolume.iops: 6000 IOPS need at least 12 GiB (gp3 allows 500 IOPS per GiB); raise sizeGiB to 12 or lower iops",
            "cluster.bookkeeper.ledgerVolume.throughputMiBps: 1000 MiB/s need at least 4000 IOPS (gp3 allows 0.25 MiB/s per IOPS); raise iops to 4000 or lower throughputMiBps",
        ])
    }

    @Test("Instance-store bookies need a type with NVMe disks, and take no EBS volume settings")
    func instanceStoreRules() {
        let problems = SpecHelpers.problems(
            #"{"cluster": {"bookkeeper": {"storage": "instance-store", "instanceType": "m6i.large", "ledgerVolume": {"sizeGiB": 10}}}}"#)
        #expect(problems.map(\.path) == ["cluster.bookkeeper.ledgerVolume", "cluster.bookkeeper.instanceType"], "\(problems)")
    }

    @Test("Tags follow AWS's rules: no aws: prefix, none of the lab's own keys, allowed characters and lengths")
    func tagRules() {
        let long = String(repeating: "k", count: 129)
        let problems = SpecHelpers.problems("""
            {"tags": {"aws:owner": "x", "ExperimentID": "mine", "name": "x", "ok key": "fine", "\(long)": "v",
                      "Team": "perf;rm", "Budget": 12, "Note": "a\\nb"}}
            """)
        #expect(problems.map(\.path) == [
            #"tags["aws:owner"]"#, "tags.ExperimentID", "tags.name", "tags.\(long)", "tags.Team", "tags.Budget", "tags.Note",
        ], "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(problems.first?.message.contains("reserves") == true)
    }

    @Test("Unicode letters and AWS's punctuation are fine in tags")
    func tagsAcceptUnicodeLetters() throws {
        let spec = try SpecHelpers.spec(#"{"tags": {"Équipe": "perf-ü", "cost:center": "a/b=c+d@e_f.g 1"}}"#)
        #expect(spec.tags == [UserTag(key: "Équipe", value: "perf-ü"), UserTag(key: "cost:center", value: "a/b=c+d@e_f.g 1")])
    }

    @Test("Driver name and class may be pasted but must be the Pulsar driver's; TLS and authentication must stay unset")
    func driverIdentityAndUnsupportedSettings() {
        let problems = SpecHelpers.problems("""
            {"driver": {"name": "Kafka", "driverClass": "io.openmessaging.benchmark.driver.kafka.KafkaBenchmarkDriver",
              "client": {"tlsTrustCertsFilePath": "/etc/ca.pem", "authentication": {"plugin": "x", "data": null}}}}
            """)
        #expect(problems.map(\.path) == [
            "driver.name", "driver.driverClass", "driver.client.tlsTrustCertsFilePath", "driver.client.authentication.plugin",
        ])
    }

    @Test("A pasted serviceUrl is accepted with a notice that the lab replaces it")
    func serviceUrlIsReplaced() throws {
        let result = try SpecHelpers.validate(#"{"driver": {"client": {"serviceUrl": "pulsar://localhost:6650", "httpUrl": "http://localhost:8080"}}}"#)
        #expect(result.notices.map(\.path) == ["driver.client.serviceUrl", "driver.client.httpUrl"])
    }
}
