/// The record's `failure`: what teardown recorded on the failure path, the failed stage's error and cause.
struct StoredFailure: Equatable {
    var error: String
    var cause: String?

    /// `ReadinessTimedOut: 2 of 9 nodes not ready`.
    var description: String { [error, cause].compactMap { $0 }.joined(separator: ": ") }
}
