import AWSCore
import AWSServices
import LabCore

extension TeardownStage {
    /// What is still tagged with the experiment once the cleaner found nothing to do: EC2's own listing again
    /// (resources not gone, and kinds that could not be listed), and from the Resource Groups Tagging API
    /// every resource of a type the cleaner does not handle. Each as `kind id (state)`.
    ///
    /// See: https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetResources.html
    func leftovers(_ experimentID: String, cleaner: ExperimentCleaner, run: StageRun) -> [String] {
        let inventory = cleaner.discover(.experiments([experimentID]))
        var left = inventory.resources.map { "\($0.kind.rawValue) \($0.id) (\($0.state))" }
        left += inventory.listingFailures.map { "\($0.kind.rawValue)s not listed (\($0.errorCode ?? "error"): \($0.detail ?? ""))" }
        do {
            let tagged = try tagging.getAllResources(GetResourcesRequest(tagFilters: [
                TagFilter(key: TagKeys.project, values: [TagKeys.projectValue]), TagFilter(key: TagKeys.experimentID, values: [experimentID]),
            ]))
            for resource in tagged where !Self.isHandledByTheCleaner(resource.arn) {
                left.append("\(resource.arn) (found by the Resource Groups Tagging API)")
            }
        } catch {
            let advice = (error as? AWSError).map { StageRun.advice(for: $0, stage: .teardown) } ?? "see the error"
            left.append("resources of other types not checked: the Resource Groups Tagging API failed (\(error)); \(advice)")
        }
        return left
    }

    /// Whether an ARN is of an EC2 resource type the cleaner lists (and whose state EC2 reports truthfully).
    static func isHandledByTheCleaner(_ arn: String) -> Bool {
        // arn:partition:service:region:account:type/id
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[2] == "ec2" else { return false }
        let type = parts[5].split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        return ec2TypesTheCleanerHandles.contains(type)
    }

    /// The experiment's instances EC2 lists as `terminated` (it keeps them listed for about an hour), which is
    /// what teardown reports as terminated, the same on every call.
    func terminatedInstances(_ experimentID: String, run: StageRun) throws(StageError) -> Int {
        let ec2 = clients.ec2
        let instances = try run.aws("listing the experiment's terminated instances", failure: .teardownIncomplete) {
            try ec2.describeAllInstances(DescribeInstancesRequest(filters: [
                EC2Filter.tag(TagKeys.project, TagKeys.projectValue), EC2Filter.tag(TagKeys.experimentID, experimentID),
                EC2Filter(name: "instance-state-name", values: ["terminated"]),
            ]))
        }
        return instances.count
    }
}
