import AWSCore
import AWSServices
import Foundation
import JSONCoding
import LabCore
import Stages
import Testing

/// run-benchmark against the emulated lab: a cluster launched by validate-ami and apply-infra, its simulated
/// client node taking SSM commands. The command's states come from the emulator's `echo` command, which can
/// hold them on purpose (running, exit 1, exit 0); one test runs the real node runner (packer/…/run-benchmark,
/// with the emulator's fake aws and OMB) end to end into collect-results. TimedOut, Delayed, Cancelled and an
/// unknown status are covered by RunBenchmarkUnitTests only: echo cannot be made to end that way.
@Suite(
    "run-benchmark against the emulated lab: render, start once, check the command's states",
    .enabled(if: EmulatedLab.unavailableReason == nil, "needs .venv with moto (scripts/ensure-venv)"))
struct RunBenchmarkTests {
    let fixtures: LabFixtures

    init() throws {
        fixtures = try LabFixtures()
    }

    func stage(clock: @escaping @Sendable () -> Timestamp = { .now() }) -> RunBenchmarkStage {
        RunBenchmarkStage(environment: fixtures.environment, clients: fixtures.clients, clock: clock)
    }

    /// A launched cluster whose client's simulated SSM agent is online.
    ///
    /// - Parameter instanceProfile: the nodes' instance profile; the emulated lab's (`pulsar-aws-lab-node`, with
    ///   terraform/policies/node.json) lets the node's scripts reach S3, as on AWS.
    func readyCluster(_ name: String, spec: String = "{}", instanceProfile: String? = nil) throws -> (Experiment, Cluster) {
        let experiment = try fixtures.validate(name: name, spec: spec)
        let apply = ApplyInfraStage(environment: fixtures.lab.stageEnvironment(instanceProfile: instanceProfile), clients: fixtures.clients)
        let cluster = try apply.run(ApplyInfraInput(experiment: experiment), logger: LabFixtures.logger)
        let deadline = Date().addingTimeInterval(20)
        while true {
            let agents = try fixtures.clients.ssm.describeAllInstanceInformation(DescribeInstanceInformationRequest(filters: [
                SSMInstanceFilter(key: "InstanceIds", values: [cluster.clientInstanceId]),
            ]))
            if agents.contains(where: \.isOnline) { return (experiment, cluster) }
            guard Date() < deadline else { throw LabSetupError("\(name): the client's SSM agent was not online after 20 s\n\(fixtures.lab.logTail())") }
            usleep(50_000)
        }
    }

    func input(_ mode: RunBenchmarkInput.Mode, _ experiment: Experiment, _ cluster: Cluster, run: BenchmarkRun? = nil) -> RunBenchmarkInput {
        RunBenchmarkInput(mode: mode, experiment: experiment, cluster: StageResult(result: cluster), workload: experiment.workloads[0], run: run)
    }

    func text(_ key: String) throws -> String {
        let bytes = try #require(try fixtures.bucket.bytesIfPresent(key), "nothing at \(key)")
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("start renders the workload and the driver (every broker's private IP) to S3, sends one command and records it")
    func startRendersPutsAndRecords() throws {
        let (experiment, cluster) = try readyCluster("rb-start-renders")
        let run = try stage().start(input(.start, experiment, cluster), logger: LabFixtures.logger)

        let prefix = "experiments/rb-start-renders/workloads/0-1-topic-16-partitions-1kb/"
        #expect(run.workloadKey == prefix + "workload.yaml")
        #expect(run.driverKey == prefix + "driver.yaml")
        #expect(run.resultKey == prefix + "result.json")
        #expect(run.logKey == prefix + "benchmark.log")
        #expect(run.expectedSeconds == 6 * 60 + 30, "warm-up 1 min + test 5 min + 30 s")
        #expect(!run.commandId.isEmpty)

        let spec = ExperimentSpec.defaults(for: .dev)
        let id = try ExperimentID("rb-start-renders")
        let workload = try text(run.workloadKey)
        #expect(workload == OMBWorkloadFile.render(spec.workloads[0], experimentID: id), "the stored workload is LabCore's rendering of the spec's")
        #expect(workload.contains("producerRate: 10000\n"), "\(workload)")
        let manifest = try JSON.decode(ClusterManifest.self, from: try #require(try fixtures.bucket.bytesIfPresent(cluster.clusterKey)))
        let brokerIPs = manifest.nodes("broker").compactMap(\.privateIpAddress)
        #expect(brokerIPs.count == 2, "the dev cluster has two brokers: \(manifest.nodes)")
        let driver = try text(run.driverKey)
        #expect(driver == (try OMBDriverFile.render(spec.driver, brokers: brokerIPs.map(BrokerAddress.init), experimentID: id)))
        #expect(driver.contains("serviceUrl: \"pulsar://" + brokerIPs.map { "\($0):6650" }.joined(separator: ",") + "\""), "\(driver)")
        #expect(driver.contains("httpUrl: \"http://\(brokerIPs[0]):8080\""), "\(driver)")

        let record = try #require(try fixtures.record("rb-start-renders"))
        let recorded = try #require(record["workloadRuns"]?["0-1-topic-16-partitions-1kb"]?["run"], "no run in \(record)")
        #expect(recorded["commandId"]?.stringValue == run.commandId)
        #expect(record["stages"]?["run-benchmark"]?["status"]?.stringValue == "running")
    }

    @Test("start twice with the same input: one SSM command, the same BenchmarkRun")
    func startTwiceSendsOneCommand() throws {
        let (experiment, cluster) = try readyCluster("rb-start-twice")
        let first = try stage().start(input(.start, experiment, cluster), logger: LabFixtures.logger)
        let second = try stage().start(input(.start, experiment, cluster), logger: LabFixtures.logger)
        #expect(second == first)
        let invocations = try fixtures.clients.ssm.listAllCommandInvocations(ListCommandInvocationsRequest(instanceID: cluster.clientInstanceId))
        let runs = invocations.filter { $0.commandID == first.commandId }
        #expect(runs.count == 1)
        #expect(invocations.count == 1, "one command sent to the client in all: \(invocations.map(\.commandID))")
    }

    /// Sends the emulator's echo command to the client, as a stand-in benchmark with a chosen duration and exit.
    func echoRun(_ experiment: Experiment, _ cluster: Cluster, exitCode: Int, emulatedSeconds: Int) throws -> BenchmarkRun {
        let files = WorkloadFiles(keys: ExperimentKeys(experimentID: experiment.experimentId), index: 0, workloadName: experiment.workloads[0].name)
        let command = try fixtures.clients.ssm.sendCommand(SendCommandRequest(
            instanceIDs: [cluster.clientInstanceId],
            commands: ["/opt/pulsar-lab/bin/echo --exit-code \(exitCode) --seconds \(emulatedSeconds) stand-in benchmark"]))
        return BenchmarkRun(
            commandId: command.commandID, workloadKey: files.workload, driverKey: files.driver, resultKey: files.result, logKey: files.log,
            expectedSeconds: 390, startedAt: Timestamp.now().iso8601String())
    }

    /// Checks until the command is no longer running (at most `timeout` real seconds); returns every outcome seen.
    func checkUntilFinished(_ input: RunBenchmarkInput, timeout: TimeInterval = 20) throws -> (running: [StageError], final: Result<BenchmarkDone, StageError>) {
        var running: [StageError] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            do {
                return (running, .success(try stage().check(input, logger: LabFixtures.logger)))
            } catch where error.code == .benchmarkRunning {
                running.append(error)
                usleep(100_000)
            } catch {
                return (running, .failure(error))
            }
        }
        throw LabSetupError("the command was still running after \(Int(timeout)) s\n\(fixtures.lab.logTail())")
    }

    @Test("check: BenchmarkRunning while the command runs (with the time left), BenchmarkDone once it exits 0")
    func checkRunningThenDone() throws {
        let (experiment, cluster) = try readyCluster("rb-check-done")
        let run = try echoRun(experiment, cluster, exitCode: 0, emulatedSeconds: 200)
        let (running, final) = try checkUntilFinished(input(.check, experiment, cluster, run: run))
        let first = try #require(running.first, "the 200-emulated-second command was never seen running")
        #expect(first.errorMessage.hasPrefix("run-benchmark (experiment rb-check-done): workload 0 (1-topic-16-partitions-1kb): benchmark command \(run.commandId) on \(cluster.clientInstanceId) is "), "\(first.errorMessage)")
        #expect(first.errorMessage.contains("s elapsed of about 390 s expected"), "\(first.errorMessage)")
        let done = try final.get()
        #expect(done == BenchmarkDone(commandId: run.commandId, status: "Success", exitCode: 0, elapsedSeconds: done.elapsedSeconds, resultKey: run.resultKey, logKey: run.logKey))
        let record = try #require(try fixtures.record("rb-check-done"))
        #expect(record["workloadRuns"]?["0-1-topic-16-partitions-1kb"]?["benchmark"]?["status"]?.stringValue == "Success")
        #expect(record["stages"]?["run-benchmark"]?["status"]?.stringValue == "done")

        let again = try stage().check(input(.check, experiment, cluster, run: run), logger: LabFixtures.logger)
        #expect(again.commandId == done.commandId && again.status == "Success", "checking twice gives the same answer")
    }

    @Test("check: a command that exits 1 is BenchmarkFailed with the exit status and where the log is")
    func checkFailedNamesExitStatusAndLog() throws {
        let (experiment, cluster) = try readyCluster("rb-check-failed")
        let run = try echoRun(experiment, cluster, exitCode: 1, emulatedSeconds: 0)
        let (_, final) = try checkUntilFinished(input(.check, experiment, cluster, run: run))
        guard case .failure(let error) = final else { Issue.record("expected BenchmarkFailed, got \(final)"); return }
        #expect(error.code == .benchmarkFailed)
        let message = error.errorMessage
        #expect(message.contains("ended Failed with exit status 1: OMB's own exit status"), "\(message)")
        #expect(message.contains("Benchmark log: s3://\(fixtures.environment.resultsBucket)/experiments/rb-check-failed/workloads/0-1-topic-16-partitions-1kb/benchmark.log"), "\(message)")
        #expect(message.contains("start the experiment again"), "\(message)")
        let record = try #require(try fixtures.record("rb-check-failed"))
        #expect(record["workloadRuns"]?["0-1-topic-16-partitions-1kb"]?["benchmark"]?["exitCode"]?.intValue == 1)
        #expect(record["stages"]?["run-benchmark"]?["status"]?.stringValue == "failed")
    }

    @Test("End to end on the simulated client: start runs the real node runner, check sees it succeed, collect-results reads its simulated result")
    func startCheckCollectOnTheSimulatedClient() throws {
        let (experiment, cluster) = try readyCluster("rb-end-to-end", instanceProfile: "pulsar-aws-lab-node")
        let run = try stage().start(input(.start, experiment, cluster), logger: LabFixtures.logger)
        let (_, final) = try checkUntilFinished(input(.check, experiment, cluster, run: run), timeout: 60)
        let done = try final.get()
        #expect(done.status == "Success" && done.exitCode == 0)
        #expect(try fixtures.bucket.bytesIfPresent(run.resultKey) != nil, "the runner uploaded no result to \(run.resultKey)")
        #expect(try fixtures.bucket.bytesIfPresent(run.logKey) != nil, "the runner uploaded no log to \(run.logKey)")

        let collect = CollectResultsStage(environment: fixtures.environment, clients: fixtures.clients)
        let headline = try collect.collect(
            CollectResultsInput(mode: .workload, experiment: experiment, workload: experiment.workloads[0], run: run), logger: LabFixtures.logger)
        #expect(headline.simulated == true, "the emulated lab stamps what it synthesises")
        #expect(headline.workload == "1-topic-16-partitions-1kb")
        #expect(headline.targetRate == 10_000)
        #expect(headline.achievedRate > 0 && headline.publishLatencyP99Ms > 0)
    }

    @Test("check without start's output is a ConfigurationError that says what the state machine passes")
    func checkWithoutRunIsAWiringError() throws {
        let experiment = try fixtures.validate(name: "rb-check-no-run")
        let cluster = Cluster(
            launchedAt: "2026-11-26T02:00:31Z", instanceCount: 9, components: ["client": 1], clientInstanceId: "i-0123456789abcdef0",
            clusterKey: "experiments/rb-check-no-run/cluster.json", placementGroup: nil)
        let error = LabFixtures.stageError { try stage().check(input(.check, experiment, cluster), logger: LabFixtures.logger) }
        #expect(error?.code == .configurationError)
        #expect(error?.errorMessage.contains("$.run.result") == true, "\(String(describing: error))")
    }
}
