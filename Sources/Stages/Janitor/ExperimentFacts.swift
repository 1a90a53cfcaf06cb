import AWSCore

/// What the resources of one experiment say about it, gathered from their tags: the input of `SweepPolicy`.
public struct ExperimentFacts: Sendable, Hashable {
    public var experimentID: String
    /// The latest `ExpiresAt` among its resources (nil when none has a readable one): only once every resource's
    /// TTL has passed is the experiment expired.
    public var expiresAt: Timestamp?
    /// The `ExecutionArn` tags of its resources (usually one), sorted.
    public var executionArns: [String]
    /// The earliest launch or creation time among its resources, when EC2 reports one.
    public var oldestResourceAt: Timestamp?
    public var resourceCount: Int

    public init(experimentID: String, expiresAt: Timestamp?, executionArns: [String], oldestResourceAt: Timestamp?, resourceCount: Int) {
        self.experimentID = experimentID
        self.expiresAt = expiresAt
        self.executionArns = executionArns
        self.oldestResourceAt = oldestResourceAt
        self.resourceCount = resourceCount
    }

    /// One fact sheet per experiment in `inventory`, sorted by id.
    public static func gather(from inventory: CleanupInventory) -> [ExperimentFacts] {
        inventory.experimentIDs.map { id in
            let resources = inventory.resources(of: id)
            return ExperimentFacts(
                experimentID: id, expiresAt: resources.compactMap(\.expiresAt).max(),
                executionArns: Set(resources.compactMap(\.executionArn)).sorted(),
                oldestResourceAt: resources.compactMap(\.createdAt).min(), resourceCount: resources.count)
        }
    }
}
