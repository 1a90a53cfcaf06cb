/// What each profile fills in. The reasons for each choice, and the OMB deployment `perf` follows, are in
/// docs/experiment-spec.md ("Profiles").
enum ProfileDefaults {
    /// dev bookies: gp3 at its included baseline (3,000 IOPS, 125 MiB/s), so the volumes cost only their size.
    static let devJournalVolume = VolumeSpec(sizeGiB: 20)
    static let devLedgerVolume = VolumeSpec(sizeGiB: 100)

    static func cluster(_ profile: Profile) -> ClusterSpec {
        switch profile {
        case .dev:
            return ClusterSpec(
                zookeeper: ComponentSpec(count: 3, instanceType: "t3.small"),
                bookkeeper: BookKeeperSpec(
                    count: 3, instanceType: "m6i.large",
                    storage: .ebs(journal: devJournalVolume, ledgers: devLedgerVolume)),
                broker: ComponentSpec(count: 2, instanceType: "m6i.large"),
                client: ComponentSpec(count: 1, instanceType: "m6i.large"))
        case .perf:
            return ClusterSpec(
                zookeeper: ComponentSpec(count: 3, instanceType: "m5.xlarge"),
                bookkeeper: BookKeeperSpec(count: 3, instanceType: "i3en.2xlarge", storage: .instanceStore),
                broker: ComponentSpec(count: 3, instanceType: "m5n.2xlarge"),
                client: ComponentSpec(count: 1, instanceType: "m5n.8xlarge"))
        }
    }

    /// The EBS volumes bookies get when a spec asks for `"storage": "ebs"` without sizing them.
    static func ebsStorage() -> BookieStorage {
        .ebs(journal: devJournalVolume, ledgers: devLedgerVolume)
    }

    static func placementGroup(_ profile: Profile) -> Bool {
        profile == .perf
    }

    /// The workload `{}` runs: modest for dev (10k msg/s of 1 KB on 16 partitions, 5 min after 1 min warm-up);
    /// for perf, OMB's own `1-topic-100-partitions-1kb-4p-4c-200k` shape held for 10 minutes.
    static func workload(_ profile: Profile) -> Workload {
        let oneKilobyte = PayloadFile.ofSize(1024)?.absolutePath
        switch profile {
        case .dev:
            return Workload(
                name: "1-topic-16-partitions-1kb", topics: 1, partitionsPerTopic: 16, messageSize: 1024,
                payloadFile: oneKilobyte, producerRate: 10_000, testDurationMinutes: 5, warmupDurationMinutes: 1)
        case .perf:
            return Workload(
                name: "1-topic-100-partitions-1kb-4p-4c-200k", topics: 1, partitionsPerTopic: 100, messageSize: 1024,
                payloadFile: oneKilobyte, producersPerTopic: 4, consumerPerSubscription: 4, producerRate: 200_000,
                testDurationMinutes: 10, warmupDurationMinutes: 1)
        }
    }

    /// The name of a workload the spec left unnamed.
    static func workloadName(index: Int) -> String {
        "workload-\(index + 1)"
    }
}
