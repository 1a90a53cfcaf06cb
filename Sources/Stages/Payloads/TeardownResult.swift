/// teardown's output: what it removed and what is left (0 once it returns; otherwise it throws
/// `TeardownIncomplete`).
public struct TeardownResult: Codable, Sendable, Hashable {
    /// What each kind of resource came to in this call (terminated instances count under `instances`).
    public struct Deleted: Codable, Sendable, Hashable {
        public var spotInstanceRequests: Int
        public var instances: Int
        public var volumes: Int
        public var networkInterfaces: Int
        public var placementGroups: Int
        public var securityGroups: Int

        public init(spotInstanceRequests: Int = 0, instances: Int = 0, volumes: Int = 0, networkInterfaces: Int = 0, placementGroups: Int = 0, securityGroups: Int = 0) {
            self.spotInstanceRequests = spotInstanceRequests
            self.instances = instances
            self.volumes = volumes
            self.networkInterfaces = networkInterfaces
            self.placementGroups = placementGroups
            self.securityGroups = securityGroups
        }
    }

    /// Instances terminated by this call or earlier calls of this teardown (found `terminated` or
    /// terminated now).
    public var terminated: Int
    public var deleted: Deleted
    public var resourcesLeft: Int
    /// The outcome recorded (`SUCCEEDED` or `FAILED`).
    public var outcome: String

    public init(terminated: Int, deleted: Deleted, resourcesLeft: Int, outcome: String) {
        self.terminated = terminated
        self.deleted = deleted
        self.resourcesLeft = resourcesLeft
        self.outcome = outcome
    }
}
