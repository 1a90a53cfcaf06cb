import AWSCore
import Testing

@testable import Stages

@Suite struct SweepPolicyTests {
    static let now = Timestamp(seconds: 1_800_000_000)
    static let policy = SweepPolicy(now: now, graceMinutes: 120)
    static let arn = "arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:exp-1"

    private func facts(expiresIn: Int64?, arns: [String] = [arn], ageSeconds: Int64? = 600) -> ExperimentFacts {
        ExperimentFacts(
            experimentID: "exp-1", expiresAt: expiresIn.map { Timestamp(seconds: Self.now.seconds + $0) }, executionArns: arns,
            oldestResourceAt: ageSeconds.map { Timestamp(seconds: Self.now.seconds - $0) }, resourceCount: 3)
    }

    @Test func expiredIsCleanedEvenWhileItsExecutionRuns() {
        let verdict = Self.policy.verdict(facts(expiresIn: -1), trigger: .sweep, executions: [Self.arn: .status("RUNNING")], recordExists: true)
        #expect(verdict.cleans, "\(verdict)")
        #expect(verdict.reason.hasPrefix("ttl-expired"))
    }

    @Test func expiryAtThisVerySecondCounts() {
        #expect(Self.policy.verdict(facts(expiresIn: 0), trigger: .sweep, executions: [:], recordExists: true).cleans)
    }

    @Test(arguments: [SweepPolicy.Trigger.sweep, .named, .executionEnded])
    func runningWithinItsTTLIsNeverCleaned(trigger: SweepPolicy.Trigger) {
        let verdict = Self.policy.verdict(facts(expiresIn: 3600), trigger: trigger, executions: [Self.arn: .status("RUNNING")], recordExists: true)
        #expect(!verdict.cleans, "\(verdict)")
        #expect(verdict.reason.contains("RUNNING"))
    }

    @Test func oneRunningExecutionAmongEndedOnesProtects() {
        let other = Self.arn + "-retry"
        let verdict = Self.policy.verdict(
            facts(expiresIn: 3600, arns: [Self.arn, other]), trigger: .executionEnded,
            executions: [Self.arn: .status("ABORTED"), other: .status("RUNNING")], recordExists: nil)
        #expect(!verdict.cleans, "\(verdict)")
    }

    @Test func executionThatCouldNotBeCheckedIsKept() {
        let verdict = Self.policy.verdict(facts(expiresIn: 3600), trigger: .named, executions: [Self.arn: .unknown("AccessDeniedException")], recordExists: nil)
        #expect(!verdict.cleans, "\(verdict)")
        #expect(verdict.reason.contains("AccessDeniedException"))
    }

    @Test(arguments: ["SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"])
    func sweepCleansWhenTheExecutionEnded(status: String) {
        let verdict = Self.policy.verdict(facts(expiresIn: 3600), trigger: .sweep, executions: [Self.arn: .status(status)], recordExists: nil)
        #expect(verdict.cleans, "\(verdict)")
        #expect(verdict.reason == "execution-ended: \(status)")
    }

    @Test func sweepCleansWhenTheExecutionNoLongerExists() {
        let verdict = Self.policy.verdict(facts(expiresIn: 3600), trigger: .sweep, executions: [Self.arn: .missing], recordExists: nil)
        #expect(verdict.cleans, "\(verdict)")
    }

    @Test func orphanIsCleanedOnlyAfterTheGracePeriod() {
        let young = Self.policy.verdict(facts(expiresIn: nil, arns: [], ageSeconds: 119 * 60), trigger: .sweep, executions: [:], recordExists: false)
        #expect(!young.cleans, "\(young)")
        let old = Self.policy.verdict(facts(expiresIn: nil, arns: [], ageSeconds: 120 * 60), trigger: .sweep, executions: [:], recordExists: false)
        #expect(old.cleans, "\(old)")
        #expect(old.reason.hasPrefix("orphaned"))
    }

    @Test func orphanOfUnknownAgeOrWithARecordOrAnUnreadableRecordIsKept() {
        let ageless = Self.policy.verdict(facts(expiresIn: nil, arns: [], ageSeconds: nil), trigger: .sweep, executions: [:], recordExists: false)
        let recorded = Self.policy.verdict(facts(expiresIn: 3600, arns: [], ageSeconds: 99_999), trigger: .sweep, executions: [:], recordExists: true)
        let unread = Self.policy.verdict(facts(expiresIn: nil, arns: [], ageSeconds: 99_999), trigger: .sweep, executions: [:], recordExists: nil)
        #expect(!ageless.cleans && !recorded.cleans && !unread.cleans, "\(ageless) / \(recorded) / \(unread)")
    }

    @Test func namedOrEndedBadlyIsCleanedAtOnce() {
        let named = Self.policy.verdict(facts(expiresIn: 3600, arns: [], ageSeconds: 1), trigger: .named, executions: [:], recordExists: nil)
        let ended = Self.policy.verdict(facts(expiresIn: 3600), trigger: .executionEnded, executions: [Self.arn: .status("ABORTED")], recordExists: nil)
        #expect(named.cleans, "\(named)")
        #expect(ended.cleans && ended.reason == "execution-ended: ABORTED", "\(ended)")
    }

    @Test func gatheredFactsTakeTheLatestExpiryAndTheOldestResource() {
        func resource(_ id: String, expires: String?, created: Int64?) -> LabResource {
            var tags = ["Project": "pulsar-aws-lab", "ExperimentID": "exp-1", "ExecutionArn": Self.arn]
            tags["ExpiresAt"] = expires
            return LabResource(kind: .volume, id: id, experimentID: "exp-1", state: "available", tags: tags, createdAt: created.map { Timestamp(seconds: $0) })
        }
        let inventory = CleanupInventory(resources: [
            resource("vol-1", expires: "2027-01-01T00:00:00Z", created: 100),
            resource("vol-2", expires: "2027-01-02T00:00:00Z", created: 50),
            resource("vol-3", expires: "not a time", created: nil),
        ])
        let gathered = ExperimentFacts.gather(from: inventory)
        #expect(gathered.count == 1)
        #expect(gathered.first?.expiresAt?.iso8601String() == "2027-01-02T00:00:00Z")
        #expect(gathered.first?.oldestResourceAt == Timestamp(seconds: 50))
        #expect(gathered.first?.executionArns == [Self.arn])
        #expect(gathered.first?.resourceCount == 3)
    }
}
