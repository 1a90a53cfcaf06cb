import LambdaRuntime
import Testing

@testable import Stages

@Suite struct StageErrorTests {
    @Test func errorTypeIsTheNameStepFunctionsMatchesOn() {
        let error = StageError(.clusterNotReady, stage: .pollReadiness, experimentID: "exp-1", "zk-1: SSM agent not online yet")
        #expect(ErrorReport(error).errorType == "ClusterNotReady")
    }

    @Test func messageNamesTheStageAndTheExperiment() {
        let error = StageError(.capacityUnavailable, stage: .applyInfra, experimentID: "exp-1", "no m6i.large capacity in us-east-1a; try another availabilityZone")
        #expect(error.errorMessage == "apply-infra (experiment exp-1): no m6i.large capacity in us-east-1a; try another availabilityZone")
    }

    @Test func everyCodeIsNamedAsDocumented() {
        // docs/stages.md lists these names; the state machine's Retry/Catch match on them.
        #expect(StageError.Code.allCases.map(\.rawValue) == [
            "InvalidExperimentSpec", "AmiNotFound", "CapacityUnavailable", "LaunchFailed", "ClusterNotReady",
            "ClusterFailed", "ReadinessTimedOut", "BenchmarkRunning", "BenchmarkFailed", "ResultsMissing",
            "ResultsInvalid", "TeardownIncomplete", "ConfigurationError",
        ])
    }

    @Test func keysFollowTheDocumentedLayout() {
        let keys = ExperimentKeys(experimentID: "exp-1")
        #expect(keys.spec == "experiments/exp-1/spec.json")
        #expect(keys.result(index: 0, name: "1-topic") == "experiments/exp-1/workloads/0-1-topic/result.json")
        #expect(keys.reportHTML == "experiments/exp-1/report/index.html")
    }
}
