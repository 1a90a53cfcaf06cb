/// OMB Pulsar driver `client` section. `serviceUrl` and `httpUrl` are not here: the lab sets them from the
/// experiment's brokers when it renders the driver file. Optional values are left out of the rendered file,
/// so OMB's own defaults apply.
public struct PulsarClientSettings: Sendable, Hashable {
    public var ioThreads: Int
    public var connectionsPerBroker: Int
    /// The Pulsar cluster name: the nodes initialise the cluster's metadata under it, and OMB allows its
    /// tenant on it.
    public var clusterName: String
    /// `tenant/namespace`; OMB creates the tenant and a namespace `<namespacePrefix>-<random>`.
    public var namespacePrefix: String
    public var topicType: TopicType
    public var persistence: PersistenceSettings
    public var clientMemoryLimitMB: Int?
    public var maxConcurrentLookupRequests: Int?
    public var tlsAllowInsecureConnection: Bool?
    public var tlsEnableHostnameVerification: Bool?

    public init(
        ioThreads: Int = 16, connectionsPerBroker: Int = 8, clusterName: String = "pulsar-lab",
        namespacePrefix: String = "benchmark/ns", topicType: TopicType = .persistent,
        persistence: PersistenceSettings = PersistenceSettings(), clientMemoryLimitMB: Int? = nil,
        maxConcurrentLookupRequests: Int? = nil, tlsAllowInsecureConnection: Bool? = nil,
        tlsEnableHostnameVerification: Bool? = nil
    ) {
        self.ioThreads = ioThreads
        self.connectionsPerBroker = connectionsPerBroker
        self.clusterName = clusterName
        self.namespacePrefix = namespacePrefix
        self.topicType = topicType
        self.persistence = persistence
        self.clientMemoryLimitMB = clientMemoryLimitMB
        self.maxConcurrentLookupRequests = maxConcurrentLookupRequests
        self.tlsAllowInsecureConnection = tlsAllowInsecureConnection
        self.tlsEnableHostnameVerification = tlsEnableHostnameVerification
    }
}
