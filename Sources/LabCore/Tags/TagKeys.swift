/// The tag keys the lab owns and puts on every resource it creates; teardown, the janitor and cost reports
/// find an experiment's resources by them. Users may not set these keys themselves.
public enum TagKeys {
    public static let project = "Project"
    public static let experimentID = "ExperimentID"
    public static let component = "Component"
    public static let managedBy = "ManagedBy"
    /// RFC 3339 UTC time after which the janitor may delete the resource.
    public static let expiresAt = "ExpiresAt"
    public static let executionArn = "ExecutionArn"
    /// The nightly plan, when the experiment belongs to one.
    public static let plan = "Plan"
    /// What the EC2 console shows as the resource's name.
    public static let name = "Name"

    /// The value of `Project` and `ManagedBy`.
    public static let projectValue = "pulsar-aws-lab"

    /// The value of `Component` on resources shared by the whole cluster (the placement group).
    public static let clusterComponentValue = "cluster"

    /// Every key of ours, reserved against user tags.
    public static let reserved = [project, experimentID, component, managedBy, expiresAt, executionArn, plan, name]
}
