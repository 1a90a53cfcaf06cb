/// What an EBS volume of a node holds.
public enum VolumePurpose: String, Sendable, Hashable, CaseIterable {
    /// The AMI's root volume, resized: OS, Pulsar, logs; ZooKeeper's data on ZooKeeper nodes.
    case root
    /// BookKeeper's journal (write-ahead log, fsync-heavy).
    case journal
    /// BookKeeper's entry logs and index (the ledgers).
    case ledgers
}
