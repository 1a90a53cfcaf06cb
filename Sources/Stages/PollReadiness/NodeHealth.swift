/// What the node's `health-check` prints: one JSON object (docs/node-contract.md, "health-check").
struct NodeHealth: Decodable, Sendable, Hashable {
    struct Check: Decodable, Sendable, Hashable {
        var name: String
        var target: String
        var ok: Bool
        var detail: String
    }

    var role: String
    var instanceId: String
    /// From the node's node.env: empty until node-bootstrap wrote it.
    var experimentId: String
    /// node-bootstrap's progress: `running`, `done`, `failed`, `missing`, `unreadable`.
    var bootstrap: String
    /// systemd unit → `systemctl is-active` (`active`, `activating`, `failed`, …).
    var services: [String: String]
    var checks: [Check]
    var healthy: Bool

    /// A bootstrap that gave up or a unit systemd gave up on will not become healthy by waiting.
    var hasFailed: Bool {
        bootstrap == "failed" || services.values.contains("failed")
    }

    /// Why the node is not healthy, most basic cause first: `node-bootstrap running`, `pulsar-broker
    /// activating`, `broker-health http://localhost:8080/admin/v2/brokers/health: HTTP 503`.
    var problems: [String] {
        var problems: [String] = []
        if bootstrap != "done" { problems.append("node-bootstrap \(bootstrap)") }
        for unit in services.keys.sorted() where services[unit] != "active" {
            problems.append("\(unit) \(services[unit] ?? "unknown")")
        }
        for check in checks where !check.ok {
            problems.append("\(check.name) \(check.target): \(check.detail)")
        }
        return problems
    }
}
