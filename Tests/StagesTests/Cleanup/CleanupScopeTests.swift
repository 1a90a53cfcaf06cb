import AWSServices
import Testing

@testable import Stages

@Suite struct CleanupScopeTests {
    static let ours = ["Project": "pulsar-aws-lab", "ExperimentID": "exp-1", "ExecutionArn": "arn:x"]

    @Test func everyListingFiltersOnTheProjectTagAndAnExperimentID() {
        for scope in [CleanupScope.experiments(["exp-1"]), .allExperiments, .execution("arn:x")] {
            for filters in scope.ec2FilterSets {
                #expect(filters.contains(EC2Filter(name: "tag:Project", values: ["pulsar-aws-lab"])), "\(scope)")
                #expect(filters.contains { $0.name == "tag:ExperimentID" || ($0.name == "tag-key" && $0.values == ["ExperimentID"]) }, "\(scope)")
            }
        }
    }

    @Test func manyExperimentsAreAskedForInChunks() {
        let ids = Set((0..<250).map { "exp-\($0)" })
        let sets = CleanupScope.experiments(ids).ec2FilterSets
        #expect(sets.count == 3)
        #expect(sets.map { $0[1].values.count } == [100, 100, 50])
        #expect(Set(sets.flatMap { $0[1].values }) == ids)
    }

    @Test func resultsAreCheckedAgainWhateverTheFilterReturned() {
        #expect(CleanupScope.allExperiments.contains(Self.ours))
        #expect(CleanupScope.experiments(["exp-1"]).contains(Self.ours))
        #expect(!CleanupScope.experiments(["exp-2"]).contains(Self.ours))
        #expect(CleanupScope.execution("arn:x").contains(Self.ours))
        #expect(!CleanupScope.execution("arn:y").contains(Self.ours))
        var otherProject = Self.ours
        otherProject["Project"] = "someone-else"
        #expect(!CleanupScope.allExperiments.contains(otherProject))
        var sharedNetwork = Self.ours
        sharedNetwork["ExperimentID"] = nil
        #expect(!CleanupScope.allExperiments.contains(sharedNetwork), "the lab's shared network has no ExperimentID and must never be in scope")
    }
}
