/// One experiment as the user asked for it, validated and with every default filled in: the cluster to
/// launch, the OMB driver settings, the workloads to run one after another, and how long the cluster may live.
///
/// Read one with `ExperimentSpec.validate(_:)`, which reports every problem of the document at once.
/// The fields and their defaults are documented in docs/experiment-spec.md; `{}` is a valid spec.
public struct ExperimentSpec: Sendable, Hashable {
    /// The sizing the defaults came from.
    public var profile: Profile
    /// Free text shown in reports.
    public var description: String?
    /// The nightly plan this experiment belongs to (baselines are compared within a plan).
    public var plan: String?
    /// The AWS region; nil means the region the lab itself runs in.
    public var region: String?
    /// The availability zone; nil means the lab subnet's zone.
    public var availabilityZone: String?
    /// The Pulsar version the AMI must carry (its `PulsarVersion` tag); nil accepts the newest AMI.
    public var pulsarVersion: String?
    /// The DescribeImages name filter for the cluster's AMI.
    public var amiNamePattern: String
    public var spot: SpotPolicy
    /// Whether the nodes share a cluster placement group (lower, steadier network latency).
    public var placementGroup: Bool
    /// Hours after the start at which the janitor may delete the experiment's resources (`ExpiresAt` tag).
    public var ttlHours: Int
    /// How long poll-readiness may keep finding the cluster not ready before the experiment fails.
    public var readinessBudgetMinutes: Int
    /// The user's own tags, in the order written.
    public var tags: [UserTag]
    public var cluster: ClusterSpec
    public var driver: DriverSettings
    /// Run one after another on the same cluster, in this order.
    public var workloads: [Workload]

    public init(
        profile: Profile, description: String? = nil, plan: String? = nil, region: String? = nil,
        availabilityZone: String? = nil, pulsarVersion: String? = nil,
        amiNamePattern: String = ExperimentSpec.defaultAMINamePattern, spot: SpotPolicy = .none,
        placementGroup: Bool, ttlHours: Int = ExperimentSpec.defaultTTLHours,
        readinessBudgetMinutes: Int = ExperimentSpec.defaultReadinessBudgetMinutes, tags: [UserTag] = [],
        cluster: ClusterSpec, driver: DriverSettings = DriverSettings(), workloads: [Workload]
    ) {
        self.profile = profile
        self.description = description
        self.plan = plan
        self.region = region
        self.availabilityZone = availabilityZone
        self.pulsarVersion = pulsarVersion
        self.amiNamePattern = amiNamePattern
        self.spot = spot
        self.placementGroup = placementGroup
        self.ttlHours = ttlHours
        self.readinessBudgetMinutes = readinessBudgetMinutes
        self.tags = tags
        self.cluster = cluster
        self.driver = driver
        self.workloads = workloads
    }

    public static let defaultAMINamePattern = "pulsar-base-*"
    public static let defaultTTLHours = 6
    public static let defaultReadinessBudgetMinutes = 15

    /// The spec `{}` reads as, for a profile.
    public static func defaults(for profile: Profile) -> ExperimentSpec {
        ExperimentSpec(
            profile: profile, placementGroup: ProfileDefaults.placementGroup(profile),
            cluster: ProfileDefaults.cluster(profile), workloads: [ProfileDefaults.workload(profile)])
    }
}
