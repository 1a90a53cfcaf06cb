/// An enum with associated values, coded by the synthesized conformance.
enum Stage: Codable, Equatable {
    case applyInfra(plan: String)
    case pollReadiness(attempt: Int, nodes: [String])
    case teardown
}
