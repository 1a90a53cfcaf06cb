import AWSCore

/// The tags of one resource of an experiment: the lab's own (`Project`, `ExperimentID`, `Component`,
/// `ManagedBy`, `ExpiresAt`, `ExecutionArn`, `Plan` when set, `Name`) followed by the user's tags from the
/// spec. Applied at creation through `tagSpecifications(for:)`; teardown, the janitor and cost reports
/// find the experiment's resources by them.
public struct ResourceTags: Sendable, Hashable {
    /// In a fixed order, ours first.
    public let tags: [Tag]

    /// - Parameters:
    ///   - component: the node kind; nil for resources of the whole cluster (the placement group), tagged
    ///     `Component=cluster`.
    ///   - expiresAt: when the janitor may delete the resource (start + `ttlHours`), written as RFC 3339 UTC.
    ///   - executionArn: the Step Functions execution that owns the experiment (`$$.Execution.Id`).
    /// - Throws: `LabCoreError` `.invalidInput` when `executionArn` is not an execution ARN that fits a tag.
    public init(
        experimentID: ExperimentID, component: ClusterComponent?, expiresAt: Timestamp, executionArn: String,
        plan: String?, userTags: [UserTag]
    ) throws(LabCoreError) {
        try Self.checkExecutionArn(executionArn)
        let componentValue = component?.rawValue ?? TagKeys.clusterComponentValue
        var tags = [
            Tag(key: TagKeys.project, value: TagKeys.projectValue),
            Tag(key: TagKeys.experimentID, value: experimentID.value),
            Tag(key: TagKeys.component, value: componentValue),
            Tag(key: TagKeys.managedBy, value: TagKeys.projectValue),
            Tag(key: TagKeys.expiresAt, value: expiresAt.iso8601String()),
            Tag(key: TagKeys.executionArn, value: executionArn),
        ]
        if let plan {
            tags.append(Tag(key: TagKeys.plan, value: plan))
        }
        tags.append(Tag(key: TagKeys.name, value: "\(experimentID.value)-\(componentValue)"))
        tags += userTags.map { Tag(key: $0.key, value: $0.value) }
        self.tags = tags
    }

    /// The tags for one component (or the whole cluster) of an experiment started at `startedAt`.
    public init(
        spec: ExperimentSpec, experimentID: ExperimentID, component: ClusterComponent?, startedAt: Timestamp,
        executionArn: String
    ) throws(LabCoreError) {
        try self.init(
            experimentID: experimentID, component: component,
            expiresAt: Self.expiry(startedAt: startedAt, ttlHours: spec.ttlHours), executionArn: executionArn,
            plan: spec.plan, userTags: spec.tags)
    }

    /// Start + TTL, to the second.
    public static func expiry(startedAt: Timestamp, ttlHours: Int) -> Timestamp {
        Timestamp(seconds: startedAt.seconds + Int64(ttlHours) * 3600)
    }

    /// One `TagSpecification` per resource type, each with all the tags.
    public func tagSpecifications(for resourceTypes: [EC2ResourceType]) -> [TagSpecification] {
        resourceTypes.map { TagSpecification(resourceType: $0, tags: tags) }
    }

    /// The value of `key`, if present.
    public subscript(key: String) -> String? {
        tags.first { $0.key == key }?.value
    }

    /// The DescribeInstances/DescribeVolumes filter that finds every resource of an experiment.
    public static func experimentFilter(_ experimentID: ExperimentID) -> (name: String, values: [String]) {
        ("tag:" + TagKeys.experimentID, [experimentID.value])
    }

    /// `arn:<partition>:states:<region>:<account>:execution:<state machine>:<name>`, within a tag value's rules.
    private static func checkExecutionArn(_ arn: String) throws(LabCoreError) {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        let shaped = parts.count == 8 && parts[0] == "arn" && parts[1].hasPrefix("aws") && parts[2] == "states"
            && parts[5] == "execution" && !parts[6].isEmpty && !parts[7].isEmpty
            && parts[4].count == 12 && parts[4].unicodeScalars.allSatisfy(\.isASCIIDigit)
        if !shaped || TagRules.valueProblem(arn) != nil {
            throw LabCoreError(
                code: .invalidInput,
                message: "\(SpecText.quoted(arn, limit: 300)) is not a Step Functions execution ARN usable as a tag value (arn:aws:states:<region>:<account>:execution:<state machine>:<name>, at most 256 characters); pass $$.Execution.Id")
        }
    }
}
