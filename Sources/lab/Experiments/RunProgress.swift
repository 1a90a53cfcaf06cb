import AWSCore

/// Where a running experiment is, for `lab run --wait`: the state it is in (from the history), how often
/// that state's task was attempted and why it was retried, readiness per node while the cluster comes up
/// (the record's `stages.poll-readiness.detail`), and the benchmark's time left while it runs (the record's
/// `workloadRuns.*.run`: `startedAt` + `expectedSeconds`).
struct RunProgress: Equatable {
    struct Benchmark: Equatable {
        /// `<index>-<name>`.
        var workload: String
        /// Negative once the expected end has passed (the state machine then checks every 15–60 s). In the
        /// benchmark's own time: in the emulated lab, real seconds × its time factor.
        var secondsLeft: Double
        var expectedSeconds: Double
        /// 1 on AWS; the emulated lab's factor there (the text then says the time is the lab's, not the clock's).
        var timeFactor: Double = 1
    }

    /// The state names of statemachine/experiment.asl.json this view knows.
    enum States {
        static let pollReadiness = "PollReadiness"
        static let benchmark: Set<String> = ["StartBenchmark", "WaitForBenchmark", "CheckBenchmark"]
    }

    var elapsedSeconds: Double
    var state: String?
    var attempt: Int
    /// Why the last attempt of `state` failed (and so is being retried).
    var lastError: String?
    var readiness: String?
    var benchmark: Benchmark?

    init(elapsedSeconds: Double, state: String?, attempt: Int = 0, lastError: String? = nil, readiness: String? = nil, benchmark: Benchmark? = nil) {
        self.elapsedSeconds = elapsedSeconds
        self.state = state
        self.attempt = attempt
        self.lastError = lastError
        self.readiness = readiness
        self.benchmark = benchmark
    }

    init(story: ExecutionStory, record: StoredExperiment?, startedAt: Timestamp, now: Timestamp, timeFactor: Double = 1) {
        let state = story.currentState
        self.init(
            elapsedSeconds: now.secondsElapsed(since: startedAt), state: state, attempt: state.map(story.attempts(of:)) ?? 0,
            lastError: state.flatMap(story.lastError(of:)))
        if state == States.pollReadiness {
            readiness = Self.readinessText(record?.stage("poll-readiness"))
        }
        if let state, States.benchmark.contains(state), let record {
            benchmark = Self.benchmark(record, now: now, timeFactor: timeFactor)
        }
    }

    /// `3 of 9 nodes ready; not ready: bookkeeper-0 (health: …), broker-0 (SSM agent offline)`.
    static func readinessText(_ stage: StoredStage?) -> String {
        guard let stage, let detail = stage.detail else { return "no readiness pass recorded yet" }
        guard let parsed = ReadinessDetail(detail) else { return detail }
        var text = "\(parsed.ready) of \(parsed.total) nodes ready"
        if !parsed.nodes.isEmpty {
            text += "; \(parsed.failed ? "failed" : "not ready"): " + parsed.nodes.map { "\($0.name) (\($0.state))" }.joined(separator: ", ")
        }
        let unnamed = parsed.notReady - parsed.nodes.count
        if unnamed > 0 { text += ", and \(unnamed) more" }
        return text
    }

    /// The workload that started and has not ended, with its time left.
    static func benchmark(_ record: StoredExperiment, now: Timestamp, timeFactor: Double = 1) -> Benchmark? {
        record.runs.lazy.filter { $0.benchmarkStatus == nil }.compactMap { timeLeft(of: $0, now: now, timeFactor: timeFactor) }.first
    }

    /// `nil` when the run lacks its start or expected duration (or the start is not RFC 3339).
    static func timeLeft(of run: StoredWorkloadRun, now: Timestamp, timeFactor: Double = 1) -> Benchmark? {
        guard let started = run.startedAt, let expected = run.expectedSeconds else { return nil }
        let start: Timestamp
        do {
            start = try Timestamp(iso8601: started)
        } catch {
            // No estimate from a start time that is not RFC 3339; the stage still shows.
            return nil
        }
        return Benchmark(
            workload: run.folder, secondsLeft: expected - now.secondsElapsed(since: start) * timeFactor, expectedSeconds: expected,
            timeFactor: timeFactor)
    }
}
