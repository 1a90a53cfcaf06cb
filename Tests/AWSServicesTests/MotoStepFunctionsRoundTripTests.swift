import AWSCore
import AWSServices
import Testing

/// Step Functions calls against a real moto server (check 2 of issue 3). moto records executions without
/// running them (its interpreter is off by default), so they stay RUNNING until stopped, and answers every
/// history with the same canned events, ignoring `reverseOrder`.
@Suite("moto round trips: Step Functions", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoStepFunctionsRoundTripTests {
    let stepFunctions: StepFunctionsClient
    let stateMachineARN: String

    init() throws {
        let client = try MotoServer.shared().client()
        stepFunctions = StepFunctionsClient(client: client)
        stateMachineARN = try MotoFixtures(client).createStateMachine(MotoFixtures.uniqueName("experiment"))
    }

    @Test("Start (twice with one name: one execution), describe, history, stop")
    func executionLifecycle() throws {
        let start = StartExecutionRequest(stateMachineARN: stateMachineARN, name: "nightly-1", input: #"{"plan":"nightly"}"#)
        let started = try stepFunctions.startExecution(start)
        #expect(started.executionARN.hasSuffix(":nightly-1"))
        #expect(try stepFunctions.startExecution(start).executionARN == started.executionARN, "same name and input: same execution")

        let execution = try stepFunctions.describeExecution(DescribeExecutionRequest(executionARN: started.executionARN))
        #expect(execution.status == "RUNNING" && execution.isRunning)
        #expect(execution.stateMachineARN == stateMachineARN)
        #expect(execution.name == "nightly-1")
        #expect(execution.input == #"{"plan":"nightly"}"#)
        #expect(execution.startDate == started.startDate)
        #expect(execution.stopDate == nil)

        let page = try stepFunctions.getExecutionHistory(GetExecutionHistoryRequest(executionARN: started.executionARN, reverseOrder: true, maxResults: 100))
        let history = try stepFunctions.getFullExecutionHistory(GetExecutionHistoryRequest(executionARN: started.executionARN))
        #expect(!history.isEmpty)
        #expect(Set(page.items.map(\.id)) == Set(history.map(\.id)))
        #expect(history.first?.type == "ExecutionStarted")
        #expect(history.first?.detailsName == "executionStartedEventDetails")
        #expect(history.contains { $0.stateName != nil }, "state events name their state: \(history)")
        #expect(zip(history, history.dropFirst()).allSatisfy { $0.timestamp <= $1.timestamp })

        let stopDate = try stepFunctions.stopExecution(StopExecutionRequest(executionARN: started.executionARN, error: "Lab.Aborted", cause: "round trip"))
        #expect(stopDate >= started.startDate)
        let stopped = try stepFunctions.describeExecution(DescribeExecutionRequest(executionARN: started.executionARN))
        #expect(stopped.status == "ABORTED")
        #expect(stopped.stopDate == stopDate)
    }

    @Test("ListExecutions pages by 2 over 5 executions, each once")
    func listPaginates() throws {
        let names = (1...5).map { "run-\($0)" }
        for name in names { _ = try stepFunctions.startExecution(StartExecutionRequest(stateMachineARN: stateMachineARN, name: name)) }
        var request = ListExecutionsRequest(stateMachineARN: stateMachineARN, maxResults: 2)
        var pages: [[String]] = []
        repeat {
            let page = try stepFunctions.listExecutions(request)
            pages.append(page.items.map(\.name))
            request.pageToken = page.nextPageToken
        } while request.pageToken != nil && pages.count < 10
        #expect(pages.map(\.count) == [2, 2, 1])
        #expect(pages.flatMap { $0 }.sorted() == names)
        let running = try stepFunctions.listAllExecutions(ListExecutionsRequest(stateMachineARN: stateMachineARN, statusFilter: "RUNNING", maxResults: 2))
        #expect(running.map(\.name).sorted() == names)
        #expect(running.allSatisfy { $0.stateMachineARN == stateMachineARN && $0.stopDate == nil })
    }

    @Test("DescribeExecution of an unknown execution is ExecutionDoesNotExist")
    func unknownExecution() throws {
        let error = try #require(throws: AWSError.self) {
            try stepFunctions.describeExecution(DescribeExecutionRequest(executionARN: stateMachineARN.replacingOccurrences(of: ":stateMachine:", with: ":execution:") + ":missing"))
        }
        #expect(error.code == "ExecutionDoesNotExist", "\(error)")
        #expect(error.requestID?.isEmpty == false, "\(error)")
    }
}
