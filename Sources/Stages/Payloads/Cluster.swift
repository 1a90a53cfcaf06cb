/// apply-infra's output: what was launched. Instance details live in `clusterKey` (S3).
public struct Cluster: Codable, Sendable, Hashable {
    /// RFC 3339; poll-readiness counts the readiness budget from here.
    public var launchedAt: String
    public var instanceCount: Int
    /// Instances per component (`zookeeper`, `bookkeeper`, `broker`, `client`).
    public var components: [String: Int]
    public var clientInstanceId: String
    public var clusterKey: String
    public var placementGroup: String?

    public init(
        launchedAt: String, instanceCount: Int, components: [String: Int], clientInstanceId: String, clusterKey: String,
        placementGroup: String?
    ) {
        self.launchedAt = launchedAt
        self.instanceCount = instanceCount
        self.components = components
        self.clientInstanceId = clientInstanceId
        self.clusterKey = clusterKey
        self.placementGroup = placementGroup
    }
}
