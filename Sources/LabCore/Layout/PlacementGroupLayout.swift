/// The cluster placement group the nodes share when the spec asks for one: instances packed close together
/// in one AZ for low, steady network latency between client, brokers and bookies (OMB's own deployment runs in
/// one AZ too). Created before the launches, tagged like everything else, deleted by teardown.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-strategies.html#placement-groups-cluster
public struct PlacementGroupLayout: Sendable, Hashable {
    /// `pulsar-aws-lab-<experiment id>`, unique per experiment (≤ 255 characters).
    public var name: String
    /// Always `cluster`.
    public var strategy: String { "cluster" }

    public init(experimentID: ExperimentID) {
        name = TagKeys.projectValue + "-" + experimentID.value
    }
}
