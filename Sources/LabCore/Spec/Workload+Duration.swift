/// How long a workload keeps the client busy, for the TTL check, the cost estimate and the benchmark
/// command's timeout. Follows OMB's `WorkloadGenerator.run()`: warm-up, then (with a backlog) build the
/// backlog and drain it, wait `testDurationMinutes`, then the measured `testDurationMinutes`.
extension Workload {
    /// Creating topics, producers and consumers, starting the JVM and writing the result: a margin OMB does
    /// not report but every run pays.
    public static let setupMarginMinutes = 2

    /// The minutes one run of this workload is expected to take (rounded up).
    public var estimatedMinutes: Int {
        var seconds = Double((warmupDurationMinutes + testDurationMinutes + Self.setupMarginMinutes) * 60)
        if consumerBacklogSizeGB > 0, producerRate > 0 {
            // OMB counts the backlog in GiB (consumerBacklogSizeGB * 1024^3 bytes). Draining is assumed to
            // take as long as building; then OMB waits one more testDurationMinutes before measuring.
            let bytes = Double(consumerBacklogSizeGB) * 1_073_741_824
            let fillSeconds = bytes / (Double(producerRate) * Double(messageSize))
            seconds += 2 * fillSeconds + Double(testDurationMinutes * 60)
        }
        return Int((seconds / 60).rounded(.up))
    }

    /// The execution timeout for the benchmark command on the client: the expected run plus a margin of a
    /// quarter (at least 10 minutes), so a slow run is not cut off but a hung one ends.
    public var benchmarkTimeoutMinutes: Int {
        estimatedMinutes + max(10, estimatedMinutes / 4)
    }
}
