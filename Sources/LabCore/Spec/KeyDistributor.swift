/// OMB workload `keyDistributor` (`io.openmessaging.benchmark.utils.distributor.KeyDistributorType`).
public enum KeyDistributor: String, Sendable, Hashable, CaseIterable {
    case noKey = "NO_KEY"
    case keyRoundRobin = "KEY_ROUND_ROBIN"
    case randomNano = "RANDOM_NANO"
}
