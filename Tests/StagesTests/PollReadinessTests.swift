import AWSCore
import AWSServices
import Foundation
import JSONCoding
import LabCore
import Testing
@testable import Stages

@Suite(
    "poll-readiness against the emulated lab: one pass of the cascade, named nodes, failures, budget, ready",
    .enabled(if: EmulatedLab.unavailableReason == nil, "needs .venv with moto (scripts/ensure-venv)"))
struct PollReadinessTests {
    let fixtures: LabFixtures

    init() throws {
        fixtures = try LabFixtures()
    }

    func pollInput(_ experiment: Experiment, _ cluster: Cluster, attempt: Int = 0) -> PollReadinessInput {
        PollReadinessInput(experiment: experiment, cluster: StageResult(result: cluster), attempt: attempt)
    }

    @Test("Agents never online: ClusterNotReady names every node at the SSM step; the record says so")
    func notReadyNamesNodesWhoseAgentIsOffline() throws {
        let (experiment, cluster) = try fixtures.launch(name: "stages-ssm-offline")
        try fixtures.waitUntilRunning(experiment.experimentId, count: 9)
        let error = try #require(LabFixtures.stageError { try fixtures.pollStage().run(pollInput(experiment, cluster), logger: LabFixtures.logger) })
        #expect(error.code == .clusterNotReady)
        let message = error.errorMessage
        #expect(message.hasPrefix("poll-readiness (experiment stages-ssm-offline): 9 of 9 nodes not ready: zookeeper-0 (SSM agent offline), zookeeper-1 (SSM agent offline)"), "\(message)")
        #expect(message.contains("client-0 (SSM agent offline)"), "\(message)")
        #expect(message.contains("Nothing to do: the state machine checks again"), "\(message)")
        let record = try #require(try fixtures.record(experiment.experimentId))
        #expect(record["stages"]?["poll-readiness"]?["status"]?.stringValue == "waiting")
        #expect(record["stages"]?["poll-readiness"]?["detail"]?.stringValue?.hasPrefix("9 of 9 nodes not ready") == true)
        #expect(record["healthCommands"]?.listValue?.isEmpty == true, "no health check is sent to a node whose agent is offline")
    }

    @Test("A terminated node: ClusterFailed naming it and its state, no retry")
    func terminatedNodeFailsTheCluster() throws {
        let (experiment, cluster) = try fixtures.launch(name: "stages-terminated")
        try fixtures.waitUntilRunning(experiment.experimentId, count: 9)
        let manifest = try fixtures.bucket.clusterManifest(at: cluster.clusterKey, experimentID: experiment.experimentId, stage: .pollReadiness)
        let broker = try #require(manifest.nodes("broker").first)
        _ = try fixtures.clients.ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: [broker.instanceId]))
        let error = try #require(LabFixtures.stageError { try fixtures.pollStage().run(pollInput(experiment, cluster), logger: LabFixtures.logger) })
        #expect(error.code == .clusterFailed)
        #expect(error.errorMessage.contains("1 of 9 nodes failed: broker-0 (EC2 terminated"), "\(error.errorMessage)")
        #expect(try fixtures.record(experiment.experimentId)?["stages"]?["poll-readiness"]?["status"]?.stringValue == "failed")
    }

    @Test("Past the readiness budget, counted from the launch: ReadinessTimedOut naming the nodes not ready")
    func budgetSpentTimesOut() throws {
        let (experiment, cluster) = try fixtures.launch(name: "stages-budget-spent")
        try fixtures.waitUntilRunning(experiment.experimentId, count: 9)
        let launchedAt = try Timestamp(iso8601: cluster.launchedAt)
        let late = Timestamp(seconds: launchedAt.seconds + Int64(experiment.readinessBudgetSeconds) + 1)
        let error = try #require(LabFixtures.stageError {
            try fixtures.pollStage(clock: { late }).run(pollInput(experiment, cluster, attempt: 42), logger: LabFixtures.logger)
        })
        #expect(error.code == .readinessTimedOut)
        #expect(error.errorMessage.contains("beyond the readiness budget of 900 s: 9 of 9 nodes not ready: zookeeper-0 (SSM agent offline)"), "\(error.errorMessage)")
        #expect(error.errorMessage.contains("raise readinessBudgetMinutes"))
    }

    @Test("Polled until ready: Readiness with every node and the brokers' addresses, cluster.json and the record updated; a repeat returns the same")
    func pollsUntilReady() throws {
        let (experiment, cluster) = try fixtures.launch(name: "stages-poll-ready")
        let stage = fixtures.pollStage()
        var readiness: Readiness?
        var last = "(no pass)"
        var steps: [String] = []
        let deadline = Date().addingTimeInterval(60)
        while readiness == nil && Date() < deadline {
            do {
                readiness = try stage.run(pollInput(experiment, cluster, attempt: steps.count), logger: LabFixtures.logger)
            } catch {
                guard error.code == .clusterNotReady else { throw error }
                last = error.errorMessage
                steps.append(last)
                usleep(200_000)
            }
        }
        let ready = try #require(readiness, "not ready after 60 s; last pass: \(last); emulator log:\n\(fixtures.lab.logTail())")
        #expect(ready.nodes == 9)
        #expect(ready.brokers.count == 2)
        #expect(ready.launchedAt == cluster.launchedAt)
        #expect(ready.clusterKey == cluster.clusterKey)
        #expect(ready.healthySince <= ready.readyAt)
        #expect(steps.contains { $0.contains("health check") || $0.contains("health:") }, "the passes went through the health step: \(steps)")

        let manifest = try fixtures.bucket.clusterManifest(at: cluster.clusterKey, experimentID: experiment.experimentId, stage: .pollReadiness)
        #expect(manifest.nodes.allSatisfy { $0.state == "running" && $0.privateIpAddress != nil })
        #expect(manifest.nodes("broker").compactMap(\.privateIpAddress) == ready.brokers)
        let record = try #require(try fixtures.record(experiment.experimentId))
        #expect(record["readyAt"]?.stringValue == ready.readyAt)
        #expect(record["stages"]?["poll-readiness"]?["status"]?.stringValue == "done")

        let again = try stage.run(pollInput(experiment, cluster, attempt: 99), logger: LabFixtures.logger)
        #expect(again == ready)
    }
}

@Suite("poll-readiness's reading of health-check output and its messages")
struct PollReadinessPartsTests {
    let broker = ClusterNode(
        name: "broker-0", component: "broker", index: 0, instanceId: "i-0b", instanceType: "m6i.large", privateIpAddress: "10.0.1.5",
        state: "running", availabilityZone: "us-east-1a", spot: false, launchedAt: nil)

    func invocation(_ stdout: String, exitCode: Int = 0, stderr: String = "") -> SSMCommandInvocationResult {
        SSMCommandInvocationResult(
            commandID: "c-1", instanceID: "i-0b", status: exitCode == 0 ? "Success" : "Failed", responseCode: exitCode,
            standardOutputContent: stdout, standardErrorContent: stderr, executionEndDateTime: "2026-11-26T02:05:00.123Z")
    }

    func healthJSON(bootstrap: String = "done", service: String = "active", ok: Bool = true, detail: String = "HTTP 200", experiment: String = "exp-1") -> String {
        #"{"role":"broker","instanceId":"i-0b","experimentId":"\#(experiment)","bootstrap":"\#(bootstrap)","services":{"pulsar-broker":"\#(service)"},"checks":[{"name":"broker-health","target":"http://localhost:8080/admin/v2/brokers/health","ok":\#(ok),"detail":"\#(detail)"}],"healthy":\#(ok && bootstrap == "done" && service == "active")}"#
    }

    @Test("A healthy node is healthy as of SSM's end time")
    func healthy() {
        #expect(PollReadinessStage.status(from: invocation(healthJSON() + "\n"), node: broker, experimentID: "exp-1") == .healthy(at: "2026-11-26T02:05:00.123Z"))
    }

    @Test("A broker answering 503 is not ready, with the check that failed")
    func brokerNotHealthyYet() {
        let status = PollReadinessStage.status(from: invocation(healthJSON(service: "activating", ok: false, detail: "HTTP 503")), node: broker, experimentID: "exp-1")
        #expect(status == .notReady("health: pulsar-broker activating; broker-health http://localhost:8080/admin/v2/brokers/health: HTTP 503"))
    }

    @Test("node-bootstrap failed or a unit failed: the node has failed")
    func failures() {
        #expect(PollReadinessStage.status(from: invocation(healthJSON(bootstrap: "failed", ok: false)), node: broker, experimentID: "exp-1")
            == .failed("health: node-bootstrap failed; broker-health http://localhost:8080/admin/v2/brokers/health: HTTP 200"))
        if case .failed(let detail) = PollReadinessStage.status(from: invocation(healthJSON(service: "failed", ok: false, detail: "HTTP 000")), node: broker, experimentID: "exp-1") {
            #expect(detail.contains("pulsar-broker failed"))
        } else {
            Issue.record("a failed unit is not a failed node")
        }
    }

    @Test("A node that says it belongs to another experiment has failed (no cross-talk between clusters)")
    func otherExperiment() {
        #expect(PollReadinessStage.status(from: invocation(healthJSON(experiment: "exp-2")), node: broker, experimentID: "exp-1")
            == .failed("the node says it belongs to experiment exp-2, not exp-1"))
    }

    @Test("health-check missing from the image (exit 127, no JSON): failed, and the message says to rebuild the AMI")
    func missingScript() {
        let status = PollReadinessStage.status(
            from: invocation("", exitCode: 127, stderr: "bash: /opt/pulsar-lab/bin/health-check: No such file or directory"), node: broker, experimentID: "exp-1")
        guard case .failed(let detail) = status else { Issue.record("got \(status)"); return }
        #expect(detail.hasPrefix("/opt/pulsar-lab/bin/health-check exited 127 without a result (bash: /opt/pulsar-lab/bin/health-check: No such file or directory)"))
        #expect(detail.contains("rebuild it with packer"))
    }

    @Test("The message names each node not ready and its step, ten at most")
    func summary() {
        func node(_ component: String, _ index: Int) -> ClusterNode {
            ClusterNode(name: "\(component)-\(index)", component: component, index: index, instanceId: "i-\(component)\(index)", instanceType: nil,
                        privateIpAddress: nil, state: "running", availabilityZone: nil, spot: false, launchedAt: nil)
        }
        let zk = node("zookeeper", 1), broker = node("broker", 0)
        let text = PollReadinessStage.summary(
            of: [zk, broker], status: [zk.instanceId: .notReady("SSM agent offline"), broker.instanceId: .notReady("health: broker-health …: HTTP 503")],
            total: 9, failed: false)
        #expect(text == "2 of 9 nodes not ready: zookeeper-1 (SSM agent offline), broker-0 (health: broker-health …: HTTP 503)")
        let many = (0..<12).map { node("bookkeeper", $0) }
        let long = PollReadinessStage.summary(of: many, status: [:], total: 20, failed: false)
        #expect(long.hasSuffix("bookkeeper-9 (not checked), and 2 more"), "\(long)")
    }
}
