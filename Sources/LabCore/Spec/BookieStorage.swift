/// Where bookies keep their journal and ledgers.
public enum BookieStorage: Sendable, Hashable {
    /// Two gp3 EBS volumes per bookie, attached at launch and deleted on termination.
    case ebs(journal: VolumeSpec, ledgers: VolumeSpec)
    /// The instance's own NVMe disks (i3en, i3, …): the first holds the journal, the second the ledgers
    /// (one disk holds both), the layout of OMB's `driver-pulsar/deploy/ssd/deploy.yaml`. Gone when the
    /// instance stops, which an experiment never does.
    case instanceStore

    /// The spec's spelling: `"ebs"` or `"instance-store"`.
    public var name: String {
        switch self {
        case .ebs: return StorageName.ebs.rawValue
        case .instanceStore: return StorageName.instanceStore.rawValue
        }
    }

    /// The values of the spec's `cluster.bookkeeper.storage` field.
    enum StorageName: String, CaseIterable {
        case ebs
        case instanceStore = "instance-store"
    }
}
