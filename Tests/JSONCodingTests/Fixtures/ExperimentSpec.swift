import JSONCoding

/// A spec shaped like the lab's experiment input: nested arrays of structs, optionals, an enum, a
/// dictionary and a free-form payload.
struct ExperimentSpec: Codable, Equatable {
    enum Mode: String, Codable, Equatable {
        case latency
        case throughput
    }

    var experimentId: String
    var mode: Mode
    var workloads: [Workload]
    var tags: [String: String]
    var dryRun: Bool
    var budgetUSD: Double?
    var notes: String?
    var payload: JSONValue?
}
