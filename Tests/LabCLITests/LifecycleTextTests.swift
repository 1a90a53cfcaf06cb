import AWSCore
import AWSServices
import Foundation
import JSONCoding
import Testing

@testable import lab

/// The pure parts of `lab run --wait`, `status`, `list`, `logs` and `cleanup`: the texts they print from what
/// AWS answers, and the parsing of their arguments.
@Suite("lab lifecycle commands: texts and parsing")
struct LifecycleTextTests {
    static let start = Timestamp(seconds: 1_795_000_000)

    static func at(_ seconds: Double) -> Timestamp {
        Timestamp(seconds: start.seconds + Int64(seconds), nanoseconds: Int64((seconds - seconds.rounded(.down)) * 1e9))
    }

    @Test("--since: durations back from now, dates, RFC 3339; anything else is one line naming the forms")
    func since() throws {
        let now = Self.start
        #expect(SinceFilter.durationSeconds("1d12h") == 129_600)
        #expect(SinceFilter.durationSeconds("90m") == 5400)
        #expect(SinceFilter.durationSeconds("2w") == 1_209_600)
        #expect(SinceFilter.durationSeconds("5") == nil)
        #expect(SinceFilter.durationSeconds("12x") == nil)
        #expect(SinceFilter.durationSeconds("") == nil)
        #expect(try SinceFilter.parse("7d", now: now).seconds == now.seconds - 604_800)
        #expect(try SinceFilter.parse("2026-11-26", now: now) == Timestamp(iso8601: "2026-11-26T00:00:00Z"))
        #expect(try SinceFilter.parse("2026-11-26T02:00:00Z", now: now) == Timestamp(iso8601: "2026-11-26T02:00:00Z"))
        do {
            _ = try SinceFilter.parse("yesterday", now: now)
            Issue.record("yesterday was accepted")
        } catch {
            #expect(error.code == .invalidArguments && error.message.contains("90m, 12h, 7d"), "\(error.message)")
        }
    }

    @Test("poll-readiness's not-ready summary: counts and each node's state, commas and parentheses inside a state kept")
    func readinessDetail() throws {
        let text = "6 of 9 nodes not ready: bookkeeper-0 (health: node-bootstrap running; bookie-port 127.0.0.1:3181: closed), "
            + "broker-0 (health: broker-health (http://localhost:8080/admin/v2/brokers/health): HTTP 503, retrying), client-0 (SSM agent offline), and 3 more"
        let detail = try #require(ReadinessDetail(text))
        #expect(detail.notReady == 6 && detail.total == 9 && detail.ready == 3 && !detail.failed)
        #expect(detail.nodes == [
            .init(name: "bookkeeper-0", state: "health: node-bootstrap running; bookie-port 127.0.0.1:3181: closed"),
            .init(name: "broker-0", state: "health: broker-health (http://localhost:8080/admin/v2/brokers/health): HTTP 503, retrying"),
            .init(name: "client-0", state: "SSM agent offline"),
        ])
        let failed = try #require(ReadinessDetail("1 of 9 nodes failed: zookeeper-2 (EC2 terminated)"))
        #expect(failed.failed && failed.nodes == [.init(name: "zookeeper-2", state: "EC2 terminated")])
        #expect(ReadinessDetail("9 nodes healthy 5 s after launch") == nil)
        #expect(RunProgress.readinessText(.init(name: "poll-readiness", status: "waiting", detail: text))
            == "3 of 9 nodes ready; not ready: bookkeeper-0 (health: node-bootstrap running; bookie-port 127.0.0.1:3181: closed), broker-0 (health: broker-health (http://localhost:8080/admin/v2/brokers/health): HTTP 503, retrying), client-0 (SSM agent offline), and 3 more")
    }

    /// A history as Step Functions writes it for: start, PollReadiness failing once with ClusterNotReady then
    /// succeeding, a Wait, a Map item, and a failure at the end.
    static func history() -> [SFNHistoryEvent] {
        func event(_ id: Int, _ previous: Int, _ type: String, _ seconds: Double, _ detailsName: String? = nil, _ details: JSONObject? = nil) -> SFNHistoryEvent {
            SFNHistoryEvent(id: id, previousEventID: previous, type: type, timestamp: at(seconds), detailsName: detailsName, details: details)
        }
        let cause = #"{"errorType":"ClusterNotReady","errorMessage":"poll-readiness (experiment e-1): 2 of 9 nodes not ready:\nbroker-0 (SSM agent offline)"}"#
        return [
            event(1, 0, "ExecutionStarted", 0, "executionStartedEventDetails", ["input": "{}"]),
            event(2, 0, "TaskStateEntered", 0.004, "stateEnteredEventDetails", ["name": "PollReadiness"]),
            event(3, 2, "TaskScheduled", 0.01, "taskScheduledEventDetails", ["resource": "invoke"]),
            event(4, 3, "TaskStarted", 0.01, "taskStartedEventDetails", ["resource": "invoke"]),
            event(5, 4, "TaskFailed", 0.5, "taskFailedEventDetails", ["error": "ClusterNotReady", "cause": .string(cause)]),
            event(6, 5, "TaskScheduled", 2.5, "taskScheduledEventDetails", ["resource": "invoke"]),
            event(7, 6, "TaskStarted", 2.5, "taskStartedEventDetails", ["resource": "invoke"]),
            event(8, 7, "TaskSucceeded", 3, "taskSucceededEventDetails", ["output": "{}"]),
            event(9, 8, "TaskStateExited", 3, "stateExitedEventDetails", ["name": "PollReadiness"]),
            event(10, 9, "MapStateEntered", 3, "stateEnteredEventDetails", ["name": "Workloads"]),
            event(11, 10, "MapStateStarted", 3, "mapStateStartedEventDetails", ["length": 1]),
            event(12, 11, "MapIterationStarted", 3, "mapIterationStartedEventDetails", ["name": "Workloads", "index": 0]),
            event(13, 12, "WaitStateEntered", 3.1, "stateEnteredEventDetails", ["name": "WaitForBenchmark"]),
            event(14, 13, "WaitStateExited", 23.1, "stateExitedEventDetails", ["name": "WaitForBenchmark"]),
            event(15, 14, "TaskStateEntered", 23.1, "stateEnteredEventDetails", ["name": "CheckBenchmark"]),
            event(16, 15, "TaskScheduled", 23.1, "taskScheduledEventDetails", ["resource": "invoke"]),
            event(17, 16, "TaskFailed", 23.5, "taskFailedEventDetails", ["error": "BenchmarkFailed", "cause": "OMB exited 1"]),
            event(18, 17, "ExecutionFailed", 30, "executionFailedEventDetails", ["error": "BenchmarkFailed", "cause": "OMB exited 1"]),
        ]
    }

    @Test("The history as lines: one per event worth one, retries with their reason and wait, causes unwrapped to one line")
    func story() {
        var story = ExecutionStory()
        let lines = story.add(Self.history())
        #expect(lines.map(\.text) == [
            "execution started with input {}",
            "PollReadiness: entered",
            "PollReadiness: failed (attempt 1): ClusterNotReady — poll-readiness (experiment e-1): 2 of 9 nodes not ready: broker-0 (SSM agent offline)",
            "PollReadiness: retry 1 (ClusterNotReady), attempt 2 after 2 s",
            "PollReadiness: exited after 3.0 s",
            "Workloads: entered",
            "Workloads: 1 item",
            "Workloads item 0: started",
            "WaitForBenchmark: waiting",
            "WaitForBenchmark: waited 20 s",
            "CheckBenchmark: entered",
            "CheckBenchmark: failed (attempt 1): BenchmarkFailed — OMB exited 1",
            "execution FAILED: BenchmarkFailed — OMB exited 1",
        ])
        #expect(story.retries == 1)
        #expect(story.logLine(lines[3]) == "\(Self.at(2.5).iso8601String(fractionalDigits: 3))  +00:02.500  PollReadiness: retry 1 (ClusterNotReady), attempt 2 after 2 s")
        #expect(story.currentState == nil, "the execution ended")
    }

    @Test("Mid-way the story knows the open state, its attempts and why it is retried")
    func storyMidway() {
        var story = ExecutionStory()
        _ = story.add(Array(Self.history().prefix(7)))
        #expect(story.currentState == "PollReadiness")
        #expect(story.attempts(of: "PollReadiness") == 2)
        #expect(story.lastError(of: "PollReadiness") == "ClusterNotReady")
        _ = story.add(Array(Self.history()[7..<15]))
        #expect(story.currentState == "CheckBenchmark", "inside the Map: \(story.openStates)")
        #expect(story.openStates == ["Workloads", "CheckBenchmark"])
    }

    @Test("The follower reads newest-first pages until one reaches an event it has, and keeps events by id")
    func follower() {
        let events = Self.history()
        var follower = HistoryFollower()
        var fetched: [String?] = []
        // Three pages of 6, newest first, as reverseOrder answers.
        let pages: [String?: AWSPage<SFNHistoryEvent>] = [
            nil: AWSPage(items: Array(events[12..<18].reversed()), nextPageToken: "p2"),
            "p2": AWSPage(items: Array(events[6..<12].reversed()), nextPageToken: "p3"),
            "p3": AWSPage(items: Array(events[0..<6].reversed()), nextPageToken: nil),
        ]
        let first = follower.poll { token in fetched.append(token); return pages[token]! }
        #expect(first.map(\.id) == Array(1...18) && fetched == [nil, "p2", "p3"])
        fetched = []
        let second = follower.poll { token in fetched.append(token); return pages[token]! }
        #expect(second.isEmpty && fetched == [nil], "a second poll reads one page: \(fetched)")
        // A service that ignores reverseOrder and answers everything at once (the emulated lab).
        var unordered = HistoryFollower()
        _ = unordered.poll { _ in AWSPage(items: Array(events[0..<10]), nextPageToken: nil) }
        let rest = unordered.poll { _ in AWSPage(items: events, nextPageToken: nil) }
        #expect(rest.map(\.id) == Array(11...18) && unordered.events.count == 18)
    }

    static func record(_ attributes: DynamoDBItem) -> StoredExperiment {
        StoredExperiment(record: attributes, id: "e-1")
    }

    @Test("--wait's status line: state, attempt and reason, readiness per node, benchmark time left; the key leaves clocks out")
    func progressLine() throws {
        var story = ExecutionStory()
        _ = story.add(Array(Self.history().prefix(7)))
        let record = Self.record(["stages": ["poll-readiness": ["status": "waiting", "detail": "2 of 9 nodes not ready: broker-0 (SSM agent offline), broker-1 (health check sent)"]]])
        let progress = RunProgress(story: story, record: record, startedAt: Self.start, now: Self.at(65))
        #expect(ProgressText.status(progress)
            == "[1:05] PollReadiness · attempt 2, retrying ClusterNotReady · 7 of 9 nodes ready; not ready: broker-0 (SSM agent offline), broker-1 (health check sent)")

        _ = story.add(Array(Self.history()[7..<13]))
        let running = Self.record(["workloadRuns": ["0-w": ["index": 0, "name": "w", "run": ["startedAt": .string(Self.at(3).iso8601String()), "expectedSeconds": 390]]]])
        let waiting = RunProgress(story: story, record: running, startedAt: Self.start, now: Self.at(53))
        #expect(ProgressText.status(waiting) == "[0:53] WaitForBenchmark · workload 0-w: 5 min 40 s left of 6 min 30 s")
        let later = RunProgress(story: story, record: running, startedAt: Self.start, now: Self.at(500))
        #expect(ProgressText.status(later).hasSuffix("workload 0-w: expected time (6 min 30 s) passed 1 min 47 s ago; checking until it ends"))
        #expect(ProgressText.key(waiting) == ProgressText.key(later) && ProgressText.key(waiting) == "WaitForBenchmark · workload 0-w")
    }

    @Test("In the emulated lab (time factor 20) the benchmark's time left counts lab time and says so")
    func progressLineInTheEmulatedLab() throws {
        var story = ExecutionStory()
        _ = story.add(Array(Self.history().prefix(13)))
        let running = Self.record(["workloadRuns": ["0-w": ["index": 0, "name": "w", "run": ["startedAt": .string(Self.at(3).iso8601String()), "expectedSeconds": 390]]]])
        // 10 real seconds after the start are 200 s of lab time: 190 s left of 390.
        let waiting = RunProgress(story: story, record: running, startedAt: Self.start, now: Self.at(13), timeFactor: 20)
        #expect(ProgressText.status(waiting) == "[0:13] WaitForBenchmark · workload 0-w: 3 min 10 s left of 6 min 30 s (lab time: the emulated lab runs 20× faster)")
        #expect(ProgressText.labTime(1) == "" && ProgressText.labTime(2.5) == " (lab time: the emulated lab runs 2.5× faster)")
    }

    @Test("Without a terminal: a status that only names the state is not written, a changed one is, an unchanged one at the heartbeat")
    func displayLines() {
        var written: [String] = []
        let display = ProgressDisplay(isTerminal: false, heartbeatSeconds: 30, write: { written.append($0) })
        display.line("[0:01] ApplyInfra: entered")
        display.status(RunProgress(elapsedSeconds: 1, state: "ApplyInfra"))
        display.status(RunProgress(elapsedSeconds: 3, state: "PollReadiness", attempt: 3, lastError: "ClusterNotReady"))
        display.status(RunProgress(elapsedSeconds: 5, state: "PollReadiness", attempt: 3, lastError: "ClusterNotReady"))
        display.status(RunProgress(elapsedSeconds: 34, state: "PollReadiness", attempt: 3, lastError: "ClusterNotReady"))
        #expect(written == [
            "[0:01] ApplyInfra: entered\n",
            "[0:03] PollReadiness · attempt 3, retrying ClusterNotReady\n",
            "[0:34] PollReadiness · attempt 3, retrying ClusterNotReady\n",
        ])
    }

    @Test("On a terminal: the status line is redrawn in place, cut to the width, and cleared before an event line")
    func displayTerminal() {
        var written: [String] = []
        let display = ProgressDisplay(isTerminal: true, width: { 30 }, write: { written.append($0) })
        display.status(RunProgress(elapsedSeconds: 3, state: "PollReadiness", attempt: 3, lastError: "ClusterNotReady"))
        display.status(RunProgress(elapsedSeconds: 4, state: "PollReadiness", attempt: 4, lastError: "ClusterNotReady"))
        display.line("[0:05] Workloads: entered")
        #expect(written == [
            "\r\u{1B}[2K[0:03] PollReadiness · attemp",
            "\r\u{1B}[2K[0:04] PollReadiness · attemp",  // 29 characters: one less than the width, so the line never wraps
            "\r\u{1B}[2K",
            "[0:05] Workloads: entered\n",
        ])
    }

    @Test("status: workloads with their headline numbers, a running one with its time left, one not started")
    func statusWorkloads() {
        let record = Self.record([
            "workloads": [["index": 0, "name": "a", "expectedSeconds": 360], ["index": 1, "name": "b", "expectedSeconds": 360], ["index": 2, "name": "c", "expectedSeconds": 60]],
            "workloadRuns": [
                "0-a": ["index": 0, "name": "a", "benchmark": ["status": "Success", "exitCode": 0, "elapsedSeconds": 402],
                        "summary": ["publishRate": 9988.4, "targetRate": 10000, "saturated": false, "publishLatencyMs": ["p99": 5.315], "endToEndLatencyMs": ["p99": 9]]],
                "1-b": ["index": 1, "name": "b", "run": ["startedAt": .string(Self.at(0).iso8601String()), "expectedSeconds": 390]],
            ],
        ])
        #expect(StatusText.workloadLines(record, now: Self.at(90)) == [
            "0-a  ok · 9,988.4 of 10,000 msg/s · publish p99 5.32 ms · end-to-end p99 9.00 ms · ran 6 min 42 s",
            "1-b  running, about 5 min left of 6 min 30 s",
            "2-c  not started",
        ])
    }

    @Test("status: the execution's and the record's status side by side when they differ; the failure with its cause unwrapped")
    func statusAndFailure() {
        let execution = SFNExecution(
            executionARN: "arn:aws:states:us-east-1:1:execution:m:e-1", stateMachineARN: "arn:aws:states:us-east-1:1:stateMachine:m",
            status: "FAILED", startDate: Self.start, error: "ClusterFailed", cause: #"{"errorMessage":"1 of 9 nodes failed: zookeeper-2 (EC2 terminated)"}"#)
        #expect(StatusText.statusText(record: Self.record(["status": "RUNNING"]), execution: execution) == "FAILED (record: RUNNING)")
        #expect(StatusText.statusText(record: Self.record(["status": "FAILED"]), execution: execution) == "FAILED")
        #expect(StatusText.statusText(record: Self.record(["status": "SUCCEEDED"]), execution: nil).hasPrefix("SUCCEEDED (the execution no longer exists"))
        #expect(StatusText.failureText(record: nil, execution: execution) == "ClusterFailed — 1 of 9 nodes failed: zookeeper-2 (EC2 terminated)")
    }

    @Test("list: a table with a header, running experiments' durations so far, - for no plan")
    func listTable() {
        let rows = [
            ExperimentListing(id: "nightly-2", status: "RUNNING", startedAt: Self.at(100), stoppedAt: nil, plan: "nightly"),
            ExperimentListing(id: "e-1", status: "SUCCEEDED", startedAt: Self.start, stoppedAt: Self.at(28), plan: nil),
        ]
        let start = Self.start.iso8601String(), later = Self.at(100).iso8601String()
        #expect(ExperimentListing.table(rows, now: Self.at(160)).split(separator: "\n", omittingEmptySubsequences: false) == [
            "ID         STATUS     STARTED               DURATION      PLAN",
            "nightly-2  RUNNING    \(later)  1 min so far  nightly",
            "e-1        SUCCEEDED  \(start)  28 s          -",
            "",
        ])
    }

    @Test("cleanup: the janitor's summary as verdict lines, resources and counts")
    func janitorSummary() throws {
        let summary = try JSON.parse(Array("""
            {"trigger":"manual","dryRun":true,"seconds":0.25,
             "experiments":[{"experimentId":"left-1","verdict":"clean","reason":"named by an operator","resourcesFound":2,"outcome":{"would-delete":2}}],
             "resources":[{"kind":"instance","id":"i-0abc","experimentId":"left-1","action":"terminate","result":"would-delete"},
                          {"kind":"volume","id":"vol-1","experimentId":"left-1","action":"delete","result":"would-delete","detail":"available"}],
             "counts":{"deleted":0,"pending":0,"failed":0,"would-delete":2},"deferred":[],"reportKey":"janitor/x.json"}
            """.utf8))
        #expect(JanitorSummaryText.render(summary, bucket: "b") == """
            janitor manual (dry run: nothing deleted): 1 experiment judged in 0.3 s
              left-1  clean  2 resources  named by an operator
            would delete:
              instance  i-0abc  left-1  would-delete
              volume    vol-1   left-1  would-delete (available)
            counts: 2 would-delete, 0 deleted, 0 pending, 0 failed
            summary: s3://b/janitor/x.json

            """)
    }

    @Test("A generated id follows the experiment id rule: exp-<date>-<time>-<6 of a-z0-9>, different each time")
    func generatedID() throws {
        let now = try Timestamp(iso8601: "2026-11-26T14:25:01Z")
        let ids = (0..<20).map { _ in RunCommand.generatedID(now: now) }
        for id in ids {
            #expect(id.hasPrefix("exp-20261126-142501-") && id.count == 26, "\(id)")
            #expect(throws: Never.self) { try LabSession.checkID(id) }
        }
        #expect(Set(ids).count == ids.count, "\(ids)")
    }
}
