/// How long an experiment keeps its cluster, end to end, as an upper estimate: what the TTL must cover and
/// what the cost estimate charges.
extension ExperimentSpec {
    /// Validating, finding the AMI and launching (before the readiness budget starts counting).
    public static let launchMinutes = 5
    /// Collecting the last results, writing the report and terminating everything.
    public static let wrapUpMinutes = 10

    /// Launch + the whole readiness budget + every workload + wrap-up, in minutes.
    public var estimatedDurationMinutes: Int {
        Self.launchMinutes + readinessBudgetMinutes + workloads.reduce(0) { $0 + $1.estimatedMinutes } + Self.wrapUpMinutes
    }
}
