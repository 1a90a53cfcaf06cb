/// What a listing found: the lab's resources in scope (not yet gone), and the kinds that could not be listed.
public struct CleanupInventory: Sendable, Hashable {
    public var resources: [LabResource]
    /// One `.find` / `.failed` outcome per kind whose listing failed (id `*`): a cleanup built on this
    /// inventory is incomplete, and a later run lists again.
    public var listingFailures: [CleanupOutcome]
    /// Describe pages read per kind (how far a listing paginated).
    public var pagesRead: [CleanupResourceKind: Int]

    public init(resources: [LabResource] = [], listingFailures: [CleanupOutcome] = [], pagesRead: [CleanupResourceKind: Int] = [:]) {
        self.resources = resources
        self.listingFailures = listingFailures
        self.pagesRead = pagesRead
    }

    /// Experiment ids with at least one resource, sorted.
    public var experimentIDs: [String] { Set(resources.map(\.experimentID)).sorted() }

    /// The resources of one experiment, in cleaning order.
    public func resources(of experimentID: String) -> [LabResource] {
        resources.filter { $0.experimentID == experimentID }.sorted(by: Self.cleaningOrder)
    }

    /// The part of the inventory that belongs to `experimentIDs`.
    public func restricted(to experimentIDs: Set<String>) -> CleanupInventory {
        CleanupInventory(
            resources: resources.filter { experimentIDs.contains($0.experimentID) },
            listingFailures: listingFailures.filter { $0.experimentID == "*" || experimentIDs.contains($0.experimentID) },
            pagesRead: pagesRead)
    }

    /// Kind order, then experiment, then id: the order runs act in and reports list.
    static func cleaningOrder(_ lhs: LabResource, _ rhs: LabResource) -> Bool {
        (lhs.kind.order, lhs.experimentID, lhs.id) < (rhs.kind.order, rhs.experimentID, rhs.id)
    }
}
