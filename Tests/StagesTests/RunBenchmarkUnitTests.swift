import AWSServices
import LabCore
import Testing

@testable import Stages

/// run-benchmark's decisions that need no AWS: how SSM states map to the stage's outcomes, the command line,
/// the timeouts, the keys and the failure message.
@Suite struct RunBenchmarkUnitTests {
    @Test("Pending, InProgress, Delayed and Cancelling are still running; -1 is no exit status yet")
    func unfinishedStatesAreRunning() {
        for status in ["Pending", "InProgress", "Delayed", "Cancelling"] {
            let progress = CommandProgress(SSMCommandInvocationResult(commandID: "c", instanceID: "i", status: status, responseCode: -1))
            #expect(progress == .running(status: status))
        }
    }

    @Test("Success is done; Failed, TimedOut, Cancelled and unknown statuses are failures with the exit status when there is one")
    func finishedStatesAreDoneOrFailed() {
        #expect(CommandProgress(SSMCommandInvocationResult(commandID: "c", instanceID: "i", status: "Success", responseCode: 0)) == .succeeded(exitCode: 0))
        #expect(CommandProgress(SSMCommandInvocationResult(commandID: "c", instanceID: "i", status: "Failed", responseCode: 1)) == .failed(status: "Failed", exitCode: 1))
        #expect(CommandProgress(SSMCommandInvocationResult(commandID: "c", instanceID: "i", status: "TimedOut", responseCode: -1)) == .failed(status: "TimedOut", exitCode: nil))
        #expect(CommandProgress(SSMCommandInvocationResult(commandID: "c", instanceID: "i", status: "Cancelled")) == .failed(status: "Cancelled", exitCode: nil))
        #expect(CommandProgress(SSMCommandInvocationResult(commandID: "c", instanceID: "i", status: "Undeliverable")) == .failed(status: "Undeliverable", exitCode: nil),
                "a status this code does not know must end the wait, not prolong it")
    }

    @Test("The command is one line calling the node's runner with every S3 location quoted, and a timeout that covers the run")
    func commandLineAndTimeouts() {
        let command = BenchmarkCommand(
            instanceID: "i-0abc", workloadURI: "s3://lab-results/experiments/e1/workloads/0-w/workload.yaml",
            driverURI: "s3://lab-results/experiments/e1/workloads/0-w/driver.yaml",
            resultURI: "s3://lab-results/experiments/e1/workloads/0-w/result.json",
            logURI: "s3://lab-results/experiments/e1/workloads/0-w/benchmark.log", region: "us-east-1",
            executionTimeoutSeconds: 1_200, outputBucket: "lab-results", outputKeyPrefix: "experiments/e1/workloads/0-w/ssm",
            comment: String(repeating: "c", count: 150))
        #expect(command.commandLine == "/opt/pulsar-lab/bin/run-benchmark '--workload' 's3://lab-results/experiments/e1/workloads/0-w/workload.yaml' '--driver' 's3://lab-results/experiments/e1/workloads/0-w/driver.yaml' '--result' 's3://lab-results/experiments/e1/workloads/0-w/result.json' '--log' 's3://lab-results/experiments/e1/workloads/0-w/benchmark.log' '--region' 'us-east-1'")
        let request = command.request
        #expect(request.documentName == "AWS-RunShellScript")
        #expect(request.commands.count == 1)
        #expect(request.executionTimeoutSeconds == 1_200)
        #expect(request.outputS3BucketName == "lab-results")
        #expect(request.outputS3KeyPrefix == "experiments/e1/workloads/0-w/ssm")
        #expect(request.comment?.count == 100, "SSM refuses comments over 100 characters")

        var long = command
        long.executionTimeoutSeconds = 500_000
        #expect(long.request.executionTimeoutSeconds == 172_800, "AWS-RunShellScript's maximum is 48 h")
    }

    @Test("A word with shell metacharacters arrives inert inside single quotes")
    func shellQuotingKeepsMetacharactersInert() {
        #expect(ShellWord.quoted("a'b") == #"'a'\''b'"#)
        #expect(ShellWord.quoted("$(reboot); `id` \n #x") == "'$(reboot); `id` \n #x'")
    }

    @Test("The first check waits for warm-up + test + 30 s; the execution timeout adds a quarter (at least 10 min) to the estimate")
    func waitAndTimeoutFollowTheWorkload() {
        let workload = Workload(name: "w", testDurationMinutes: 5, warmupDurationMinutes: 1)
        #expect(RunBenchmarkStage.expectedSeconds(workload) == 6 * 60 + 30)
        #expect(workload.benchmarkTimeoutMinutes * 60 >= RunBenchmarkStage.expectedSeconds(workload) + 600)
    }

    @Test("Workload folders keep <index>-<name> for safe names and make OMB's own names safe for S3 keys and the shell")
    func workloadFoldersAreSafe() {
        let keys = ExperimentKeys(experimentID: "e1")
        #expect(WorkloadFiles(keys: keys, index: 0, workloadName: "1-topic-16-partitions-1kb").folder == "0-1-topic-16-partitions-1kb")
        let omb = WorkloadFiles(keys: keys, index: 2, workloadName: "1 topic / 1 partition / 1Kb")
        #expect(omb.folder == "2-1-topic-1-partition-1kb")
        #expect(omb.result == "experiments/e1/workloads/2-1-topic-1-partition-1kb/result.json")
        #expect(WorkloadFiles(keys: keys, index: 1, workloadName: "$(x); `y`").folder == "1-x-y")
        #expect(WorkloadFiles(keys: keys, index: 3, workloadName: "/// ---").folder == "3-workload")
    }

    @Test("The failure message gives OMB's exit status, what it means, the log, SSM's output and the end of stderr")
    func failureMessageSaysWhereToLook() throws {
        let stage = RunBenchmarkStage(
            environment: StageEnvironment(resultsBucket: "lab-results", experimentsTable: "t"),
            clients: StageClients(client: try UnreachableAWS.client()))
        let files = WorkloadFiles(keys: ExperimentKeys(experimentID: "e1"), index: 0, workloadName: "w")
        let run = BenchmarkRun(
            commandId: "cmd-1", workloadKey: files.workload, driverKey: files.driver, resultKey: files.result, logKey: files.log,
            expectedSeconds: 390, startedAt: "2026-11-26T02:10:00Z")
        let message = stage.failureMessage(
            subject: "workload 0 (w): benchmark command cmd-1 on i-1", status: "Failed", exitCode: 3, started: run, files: files,
            standardError: String(repeating: "x", count: 1_000) + "\ncould not download s3://lab-results/…/driver.yaml\n")
        #expect(message.hasPrefix("workload 0 (w): benchmark command cmd-1 on i-1 ended Failed with exit status 3: the runner could not download"))
        #expect(message.contains("Benchmark log: s3://lab-results/experiments/e1/workloads/0-w/benchmark.log"))
        #expect(message.contains("the command's whole output: s3://lab-results/experiments/e1/workloads/0-w/ssm/cmd-1/"))
        #expect(message.contains("end of its standard error: …"), "long standard error is cut from the front")
        #expect(message.contains("could not download s3://lab-results/…/driver.yaml."), "\(message)")
        #expect(!message.contains("\n"), "one line for the console's Cause")

        let timedOut = stage.failureMessage(
            subject: "s", status: "TimedOut", exitCode: nil, started: run, files: files, standardError: "")
        #expect(timedOut.contains("ended TimedOut (it ran longer than its execution timeout"), "\(timedOut)")
        #expect(timedOut.contains("without an exit status"))
    }

    @Test("While running, the message says how long it ran and how long is left, or how far it overran")
    func runningMessageGivesTheTiming() {
        #expect(RunBenchmarkStage.timing(elapsed: 100, expected: 390) == "100 s elapsed of about 390 s expected, about 290 s left")
        #expect(RunBenchmarkStage.timing(elapsed: 400, expected: 390).hasPrefix("400 s elapsed, 10 s more than the 390 s expected"))
    }
}
