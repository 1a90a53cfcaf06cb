extension SpecReader {
    /// BookKeeper stops writing to a disk fuller than this (`diskUsageThreshold`, default 0.95).
    static let bookieDiskUsageThreshold = 0.95

    /// Rules that tie fields in different parts of the spec together. Each is skipped when one of its fields
    /// already has a problem, so a wrong value is reported once.
    mutating func checkAcrossFields(_ spec: ExperimentSpec) {
        checkQuorums(spec)
        checkZooKeeperEnsemble(spec)
        checkInstanceTypes(spec)
        checkBacklogCapacity(spec)
        checkTTL(spec)
    }

    private mutating func checkQuorums(_ spec: ExperimentSpec) {
        let persistencePath = SpecPath.root.member("driver").member("client").member("persistence")
        let bookiesPath = SpecPath.root.member("cluster").member("bookkeeper").member("count")
        guard !diagnostics.hasProblem(at: persistencePath) else { return }
        let persistence = spec.driver.client.persistence
        if persistence.writeQuorum > persistence.ensembleSize {
            diagnostics.problem(
                persistencePath.member("writeQuorum"),
                "\(persistence.writeQuorum) is more than ensembleSize \(persistence.ensembleSize); BookKeeper needs ensembleSize ≥ writeQuorum ≥ ackQuorum, so lower writeQuorum or raise ensembleSize")
        }
        if persistence.ackQuorum > persistence.writeQuorum {
            diagnostics.problem(
                persistencePath.member("ackQuorum"),
                "\(persistence.ackQuorum) is more than writeQuorum \(persistence.writeQuorum); BookKeeper needs ensembleSize ≥ writeQuorum ≥ ackQuorum, so lower ackQuorum or raise writeQuorum")
        }
        if !diagnostics.hasProblem(at: bookiesPath), spec.cluster.bookkeeper.count < persistence.ensembleSize {
            diagnostics.problem(
                bookiesPath,
                "\(spec.cluster.bookkeeper.count) is fewer than driver.client.persistence.ensembleSize \(persistence.ensembleSize); use at least \(persistence.ensembleSize) bookies or lower ensembleSize")
        }
    }

    private mutating func checkZooKeeperEnsemble(_ spec: ExperimentSpec) {
        let path = SpecPath.root.member("cluster").member("zookeeper").member("count")
        let count = spec.cluster.zookeeper.count
        if !diagnostics.hasProblem(at: path), count % 2 == 0 {
            diagnostics.problem(
                path,
                "\(count) is even; use an odd number (\(count - 1) or \(count + 1)): a ZooKeeper ensemble needs a majority, and an even count tolerates no more failures than the odd number below it")
        }
    }

    private mutating func checkInstanceTypes(_ spec: ExperimentSpec) {
        let clusterPath = SpecPath.root.member("cluster")
        for component in ClusterComponent.allCases {
            let type = spec.cluster.nodes(of: component).instanceType
            let path = clusterPath.member(component.rawValue).member("instanceType")
            if InstanceTypeCatalog.info(type) == nil, !diagnostics.hasProblem(at: path) {
                diagnostics.notice(path, "no price known for \(type); the cost estimate leaves these nodes out")
            }
        }
        let bookies = spec.cluster.bookkeeper
        let typePath = clusterPath.member("bookkeeper").member("instanceType")
        guard bookies.storage == .instanceStore, !diagnostics.hasProblem(at: typePath) else { return }
        if let info = InstanceTypeCatalog.info(bookies.instanceType) {
            if info.instanceStoreDisks == 0 {
                diagnostics.problem(
                    typePath,
                    "\(bookies.instanceType) has no instance-store disks, but storage is \"instance-store\"; use a type with NVMe disks such as i3en.2xlarge, or set storage to \"ebs\"")
            }
        } else {
            diagnostics.notice(
                typePath,
                "cannot check that \(bookies.instanceType) has instance-store disks; if it has none, the bookies will not start")
        }
    }

    /// A backlog test writes `consumerBacklogSizeGB` × writeQuorum to the bookies' ledger disks before
    /// draining; more than they hold below BookKeeper's disk threshold turns the bookies read-only mid-run.
    private mutating func checkBacklogCapacity(_ spec: ExperimentSpec) {
        let bookies = spec.cluster.bookkeeper
        let gibibyte = 1_073_741_824.0
        let perBookieBytes: Double
        let raise: (Int) -> String
        switch bookies.storage {
        case .ebs(_, let ledgers):
            perBookieBytes = Double(ledgers.sizeGiB) * gibibyte
            raise = { "raise cluster.bookkeeper.ledgerVolume.sizeGiB to at least \($0)" }
        case .instanceStore:
            guard let info = InstanceTypeCatalog.info(bookies.instanceType), info.instanceStoreDisks > 0 else { return }
            perBookieBytes = Double(info.instanceStoreDiskGB) * 1_000_000_000
            raise = { "use more bookies or a bookkeeper instanceType with larger disks (ledgers need \($0) GiB per bookie)" }
        }
        let writeQuorum = spec.driver.client.persistence.writeQuorum
        let usable = Double(bookies.count) * perBookieBytes * Self.bookieDiskUsageThreshold
        for (index, workload) in spec.workloads.enumerated() where workload.consumerBacklogSizeGB > 0 {
            let needed = Double(workload.consumerBacklogSizeGB) * gibibyte * Double(writeQuorum)
            guard needed > usable else { continue }
            let perBookieGiB = Int((needed / (Double(bookies.count) * Self.bookieDiskUsageThreshold) / gibibyte).rounded(.up))
            let remedy = raise(perBookieGiB)
            diagnostics.problem(
                SpecPath.root.member("workloads").element(index).member("consumerBacklogSizeGB"),
                "\(workload.consumerBacklogSizeGB) GiB of backlog × writeQuorum \(writeQuorum) needs \(Int((needed / gibibyte).rounded(.up))) GiB of ledger storage, but \(bookies.count) bookies hold \(Int(usable / gibibyte)) GiB below BookKeeper's 95 % disk threshold; \(remedy), or lower consumerBacklogSizeGB")
        }
    }

    /// The janitor deletes an experiment's resources once `ExpiresAt` passes, so the TTL must outlast the run.
    private mutating func checkTTL(_ spec: ExperimentSpec) {
        let path = SpecPath.root.member("ttlHours")
        guard !diagnostics.hasProblem(at: path) else { return }
        let minutes = spec.estimatedDurationMinutes
        if minutes > spec.ttlHours * 60 {
            let hours = (minutes + 59) / 60
            diagnostics.problem(
                path,
                "\(spec.ttlHours) h is shorter than the experiment's estimated \(minutes) min (launch, readiness budget, every workload, teardown); the janitor would delete the cluster mid-run: raise ttlHours to at least \(hours) or shorten the workloads")
        }
    }
}
