/// The ports of the lab's Pulsar cluster (Pulsar's defaults), used in OMB's driver file and the health checks.
public enum PulsarPorts {
    /// The broker's binary protocol (`pulsar://`).
    public static let brokerService = 6650
    /// The broker's HTTP admin and lookup service (`http://`, `/admin/v2/brokers/health`).
    public static let brokerHTTP = 8080
    /// The bookie's client port.
    public static let bookie = 3181
    /// ZooKeeper's client port (`ruok` → `imok`).
    public static let zooKeeper = 2181
}
