/// Where one node stands in the health cascade after a pass: EC2 running → SSM agent online → health
/// check run → healthy.
enum NodeStatus: Sendable, Hashable {
    /// Every check passed; `at` is when the health check finished (RFC 3339, as SSM reports it) if known.
    case healthy(at: String?)
    /// Not ready yet, at this step (e.g. `EC2 pending`, `SSM agent offline`, `health: …`).
    case notReady(String)
    /// Will not become ready: terminated, a failed service or bootstrap, a node of another experiment.
    case failed(String)

    var isHealthy: Bool {
        if case .healthy = self { return true }
        return false
    }
}
