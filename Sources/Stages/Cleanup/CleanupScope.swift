import AWSServices
import LabCore

/// Which tagged resources a listing asks EC2 for. Every listing is limited to `Project=pulsar-aws-lab` and
/// resources with an `ExperimentID` tag, so the lab's shared network (tagged `Project` only) is never found.
public enum CleanupScope: Sendable, Hashable {
    /// The resources of these experiments (`ExperimentID` tag).
    case experiments(Set<String>)
    /// The resources of every experiment in the account and region (the janitor's sweep).
    case allExperiments
    /// The resources tagged with this execution (`ExecutionArn` tag): the janitor's emergency cleanup.
    case execution(String)

    /// EC2 takes at most 200 values per filter; fewer keeps each request small.
    static let filterValuesPerRequest = 100

    /// One filter list per request: more than one when many experiments are named.
    var ec2FilterSets: [[EC2Filter]] {
        let project = EC2Filter.tag(TagKeys.project, TagKeys.projectValue)
        switch self {
        case .experiments(let ids):
            let sorted = ids.sorted()
            return stride(from: 0, to: sorted.count, by: Self.filterValuesPerRequest).map { start in
                let chunk = Array(sorted[start..<min(start + Self.filterValuesPerRequest, sorted.count)])
                return [project, EC2Filter(name: "tag:" + TagKeys.experimentID, values: chunk)]
            }
        case .allExperiments:
            return [[project, EC2Filter(name: "tag-key", values: [TagKeys.experimentID])]]
        case .execution(let arn):
            return [[project, EC2Filter.tag(TagKeys.executionArn, arn), EC2Filter(name: "tag-key", values: [TagKeys.experimentID])]]
        }
    }

    /// Whether a resource with these tags is in scope (checked again on every result, not left to the filter).
    func contains(_ tags: [String: String]) -> Bool {
        guard LabResource.isLabOwned(tags), let experimentID = tags[TagKeys.experimentID] else { return false }
        switch self {
        case .experiments(let ids): return ids.contains(experimentID)
        case .allExperiments: return true
        case .execution(let arn): return tags[TagKeys.executionArn] == arn
        }
    }
}
