import JSONCoding

extension SpecReader {
    /// Node counts that make sense for a lab cluster (the upper ends keep a typo from launching a fleet).
    enum CountLimits {
        static let zookeeper = 1...9
        static let bookkeeper = 1...50
        static let broker = 1...50
        /// The benchmark runs as one OMB process on one client node (no distributed workers).
        static let client = 1...1
    }

    mutating func readCluster(_ value: JSONValue?, defaults: ClusterSpec) -> ClusterSpec {
        let path = SpecPath.root.member("cluster")
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.cluster, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        var cluster = defaults
        cluster.zookeeper = readComponent(
            reader.value("zookeeper"), at: path.member("zookeeper"), defaults: defaults.zookeeper, counts: CountLimits.zookeeper)
        cluster.bookkeeper = readBookKeeper(reader.value("bookkeeper"), at: path.member("bookkeeper"), defaults: defaults.bookkeeper)
        cluster.broker = readComponent(
            reader.value("broker"), at: path.member("broker"), defaults: defaults.broker, counts: CountLimits.broker)
        cluster.client = readComponent(
            reader.value("client"), at: path.member("client"), defaults: defaults.client, counts: CountLimits.client)
        return cluster
    }

    private mutating func readComponent(
        _ value: JSONValue?, at path: SpecPath, defaults: ComponentSpec, counts: ClosedRange<Int>
    ) -> ComponentSpec {
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.component, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        return ComponentSpec(
            count: readCount(reader, counts: counts, default: defaults.count),
            instanceType: reader.string("instanceType", rule: TextRules.instanceType, &diagnostics) ?? defaults.instanceType)
    }

    private mutating func readCount(_ reader: ObjectReader, counts: ClosedRange<Int>, default fallback: Int) -> Int {
        guard counts == CountLimits.client else {
            return reader.int("count", default: fallback, in: counts, &diagnostics)
        }
        guard let count = reader.optionalInt("count", in: Int.min...Int.max, &diagnostics) else { return fallback }
        guard counts.contains(count) else {
            diagnostics.problem(
                reader.path.member("count"),
                "\(count) client nodes: the benchmark runs as one OMB process on one client node; use 1 (and a larger instanceType for more load)")
            return fallback
        }
        return count
    }

    private mutating func readBookKeeper(_ value: JSONValue?, at path: SpecPath, defaults: BookKeeperSpec) -> BookKeeperSpec {
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.bookkeeper, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        var bookies = defaults
        bookies.count = readCount(reader, counts: CountLimits.bookkeeper, default: defaults.count)
        bookies.instanceType = reader.string("instanceType", rule: TextRules.instanceType, &diagnostics) ?? defaults.instanceType

        let defaultName: BookieStorage.StorageName = defaults.storage == .instanceStore ? .instanceStore : .ebs
        switch reader.choice("storage", as: BookieStorage.StorageName.self, &diagnostics) ?? defaultName {
        case .instanceStore:
            for key in ["journalVolume", "ledgerVolume"] where reader.has(key) {
                diagnostics.problem(
                    path.member(key),
                    "is only used with \"storage\": \"ebs\"; remove it, or set storage to \"ebs\" to put the bookies on EBS volumes")
            }
            bookies.storage = .instanceStore
        case .ebs:
            guard case .ebs(let journal, let ledgers) = defaults.storage == .instanceStore ? ProfileDefaults.ebsStorage() : defaults.storage
            else { preconditionFailure("ProfileDefaults.ebsStorage() is EBS storage") }
            bookies.storage = .ebs(
                journal: readVolume(reader.value("journalVolume"), at: path.member("journalVolume"), defaults: journal),
                ledgers: readVolume(reader.value("ledgerVolume"), at: path.member("ledgerVolume"), defaults: ledgers))
        }
        return bookies
    }

    /// A gp3 volume, with gp3's ratios checked: IOPS ≤ 500 per GiB, throughput ≤ IOPS / 4.
    private mutating func readVolume(_ value: JSONValue?, at path: SpecPath, defaults: VolumeSpec) -> VolumeSpec {
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.volume, &diagnostics) else { return defaults }
        reader.reportUnknownKeys(&diagnostics)
        let volume = VolumeSpec(
            sizeGiB: reader.int("sizeGiB", default: defaults.sizeGiB, in: GP3.sizeGiB, &diagnostics),
            iops: reader.int("iops", default: defaults.iops, in: GP3.iops, &diagnostics),
            throughputMiBps: reader.int("throughputMiBps", default: defaults.throughputMiBps, in: GP3.throughputMiBps, &diagnostics))
        if volume.iops > volume.sizeGiB * GP3.maxIOPSPerGiB {
            let neededSize = (volume.iops + GP3.maxIOPSPerGiB - 1) / GP3.maxIOPSPerGiB
            diagnostics.problem(
                path.member("iops"),
                "\(volume.iops) IOPS need at least \(neededSize) GiB (gp3 allows \(GP3.maxIOPSPerGiB) IOPS per GiB); raise sizeGiB to \(neededSize) or lower iops")
        }
        if volume.throughputMiBps * GP3.iopsPerMiBps > volume.iops {
            let neededIOPS = volume.throughputMiBps * GP3.iopsPerMiBps
            diagnostics.problem(
                path.member("throughputMiBps"),
                "\(volume.throughputMiBps) MiB/s need at least \(neededIOPS) IOPS (gp3 allows 0.25 MiB/s per IOPS); raise iops to \(neededIOPS) or lower throughputMiBps")
        }
        return volume
    }
}
