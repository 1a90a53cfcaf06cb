/// A named sizing the spec starts from; every field the spec sets overrides it.
///
/// - `dev`: the cheapest cluster that is still a real Pulsar cluster (3 ZooKeeper, 3 bookies on gp3 EBS,
///   2 brokers, 1 client) and a modest workload. The default.
/// - `perf`: close to OpenMessaging Benchmark's own Pulsar deployment (NVMe instance-store bookies, network
///   optimised brokers and client, a cluster placement group). See docs/experiment-spec.md for the sources.
public enum Profile: String, Sendable, Hashable, CaseIterable {
    case dev
    case perf
}
