/// Whether the janitor cleans an experiment, and why (logged, in the summary and in the record).
public enum JanitorVerdict: Sendable, Hashable {
    case clean(String)
    case keep(String)

    public var cleans: Bool {
        if case .clean = self { return true }
        return false
    }

    public var reason: String {
        switch self {
        case .clean(let reason), .keep(let reason): reason
        }
    }
}
