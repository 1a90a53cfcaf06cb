import JSONCoding
import Testing

@testable import Stages

@Suite struct JanitorRequestTests {
    private func request(_ text: String) throws -> JanitorRequest {
        try JanitorRequest(event: try JSON.parse(Array(text.utf8)))
    }

    /// The event EventBridge delivers for a stopped execution (shape from the Step Functions guide).
    static let abortedEvent = """
        {"version":"0","id":"315c1398-40ff-a850-213b-158f73e60175","detail-type":"Step Functions Execution Status Change",
         "source":"aws.states","account":"123456789012","time":"2026-11-26T23:00:00Z","region":"us-east-1",
         "resources":["arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:exp-1"],
         "detail":{"executionArn":"arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:exp-1",
                   "stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:pulsar-aws-lab-experiment",
                   "name":"exp-1","status":"ABORTED","startDate":1551225271984,"stopDate":1551225287123,
                   "input":"{}","output":null}}
        """

    @Test func statusChangeEventIsRecognisedWithItsExecution() throws {
        guard case .executionEnded(let change) = try request(Self.abortedEvent) else {
            Issue.record("the status-change event was not recognised as one")
            return
        }
        #expect(change.name == "exp-1")
        #expect(change.status == "ABORTED")
        #expect(change.endedBadly)
        #expect(change.executionArn.hasSuffix(":execution:pulsar-aws-lab-experiment:exp-1"))
    }

    @Test func statusChangeWithoutNameTakesItFromTheArn() throws {
        let event = """
            {"detail-type":"Step Functions Execution Status Change","source":"aws.states",
             "detail":{"executionArn":"arn:aws:states:us-east-1:123456789012:execution:sm:exp-9","status":"FAILED"}}
            """
        guard case .executionEnded(let change) = try request(event) else {
            Issue.record("not recognised as a status change")
            return
        }
        #expect(change.name == "exp-9")
    }

    @Test func succeededAndRunningAreNotEndedBadly() {
        for status in ["SUCCEEDED", "RUNNING", "PENDING_REDRIVE"] {
            #expect(!ExecutionStatusChange(executionArn: "a", name: "n", status: status, stateMachineArn: nil).endedBadly, "\(status)")
        }
    }

    @Test func sweepInputDefaultsToARealSweepWithTheGracePeriod() throws {
        #expect(try request(#"{"action":"sweep"}"#) == .sweep(dryRun: false, graceMinutes: 120))
        #expect(try request(#"{"action":"sweep","dryRun":true,"graceMinutes":0}"#) == .sweep(dryRun: true, graceMinutes: 0))
    }

    @Test func scheduledEventIsASweep() throws {
        let event = #"{"detail-type":"Scheduled Event","source":"aws.events","detail":{}}"#
        #expect(try request(event) == .sweep(dryRun: false, graceMinutes: 120))
    }

    @Test func manualCleanIsADryRunUnlessToldOtherwise() throws {
        #expect(try request(#"{"action":"clean","experiments":["exp-1","exp-2","exp-1"]}"#) == .clean(experimentIDs: ["exp-1", "exp-2"], dryRun: true))
        #expect(try request(#"{"action":"clean","experiments":["exp-1"],"dryRun":false}"#) == .clean(experimentIDs: ["exp-1"], dryRun: false))
    }

    @Test(arguments: [
        (#"{"action":"sweep","dryrun":true}"#, "unknown key \"dryrun\""),
        (#"{"action":"clean","experiments":[]}"#, "non-empty list"),
        (#"{"action":"clean","experiments":["Exp_1"]}"#, "experiments[0]"),
        (#"{"action":"clean","experiments":["exp-1"],"dryRun":"no"}"#, "must be true or false"),
        (#"{"action":"purge"}"#, "\"purge\""),
        (#"{"sweep":true}"#, "no \"action\""),
        (#"{"detail-type":"EC2 Instance State-change Notification","source":"aws.ec2","detail":{}}"#, "EC2 Instance State-change"),
        (#"[1]"#, "an array"),
        (#"{"action":"sweep","graceMinutes":-5}"#, "0 or more"),
    ])
    func unrecognisedInputIsRefusedSayingWhy(input: String, expected: String) throws {
        do {
            let parsed = try request(input)
            Issue.record("\(input) was accepted as \(parsed)")
        } catch let error as StageError {
            #expect(error.code == .configurationError)
            #expect(error.message.contains(expected), "message: \(error.message)")
            #expect(error.message.contains("docs/janitor.md"))
        }
    }

    @Test func triggersAreNamedForTheSummary() throws {
        #expect(try request(Self.abortedEvent).trigger == "execution-ended")
        #expect(try request(#"{"action":"sweep"}"#).trigger == "sweep")
        #expect(try request(#"{"action":"clean","experiments":["exp-1"]}"#).trigger == "manual")
        #expect(try request(Self.abortedEvent).dryRun == false)
    }
}
