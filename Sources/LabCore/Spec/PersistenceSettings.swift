/// OMB Pulsar driver `client.persistence`: the namespace's BookKeeper quorums and deduplication. OMB sets
/// them as the namespace's persistence policy, so they must fit the bookies: ensemble ≤ bookies and
/// ensemble ≥ writeQuorum ≥ ackQuorum.
public struct PersistenceSettings: Sendable, Hashable {
    public var ensembleSize: Int
    public var writeQuorum: Int
    public var ackQuorum: Int
    public var deduplicationEnabled: Bool

    public init(ensembleSize: Int = 3, writeQuorum: Int = 3, ackQuorum: Int = 2, deduplicationEnabled: Bool = false) {
        self.ensembleSize = ensembleSize
        self.writeQuorum = writeQuorum
        self.ackQuorum = ackQuorum
        self.deduplicationEnabled = deduplicationEnabled
    }
}
