/// poll-readiness's attributes of the experiment's record.
enum PollReadinessRecord {
    /// The health-check commands of recent passes (`[HealthCommand]`), which the next pass reads.
    static let healthCommands = "healthCommands"
    /// The `Readiness` poll-readiness returned, so a repeat returns the same.
    static let readiness = "readiness"
    /// When the cluster was found ready (RFC 3339); the emulated lab measures the detection delay from it.
    static let readyAt = "readyAt"
}
