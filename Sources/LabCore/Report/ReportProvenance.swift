/// Where a report's numbers come from, filled in by the caller: the collect-results stage knows all of it,
/// `lab report --input` knows only the file. Every field but `title` is optional; the report names the
/// unknown fields, with `unknownReason`, rather than leave them out, so a reader sees what is missing.
public struct ReportProvenance: Sendable, Hashable {
    /// The report's heading: the experiment id, or the file name offline.
    public var title: String
    public var experimentID: String?
    /// The nightly plan the experiment belongs to.
    public var plan: String?
    public var executionARN: String?
    /// The effective spec (defaults filled in): cluster shape, instance types, durations, requested Pulsar version.
    public var spec: ExperimentSpec?
    public var amiID: String?
    public var amiName: String?
    /// The Pulsar version the AMI carries (its `PulsarVersion` tag).
    public var pulsarVersion: String?
    public var region: String?
    /// RFC 3339 times.
    public var startedAt: String?
    public var finishedAt: String?
    public var costEstimate: CostEstimate?
    /// When the report was rendered (RFC 3339); nil leaves it out (golden tests).
    public var renderedAt: String?
    /// What rendered it (`lab report --input`, `collect-results`).
    public var renderedBy: String?
    /// Set when the whole experiment ran in the emulated lab.
    public var simulation: SimulationStamp?
    /// Said after the list of unknown fields: why they are unknown.
    public var unknownReason: String

    public init(
        title: String, experimentID: String? = nil, plan: String? = nil, executionARN: String? = nil,
        spec: ExperimentSpec? = nil, amiID: String? = nil, amiName: String? = nil, pulsarVersion: String? = nil,
        region: String? = nil, startedAt: String? = nil, finishedAt: String? = nil, costEstimate: CostEstimate? = nil,
        renderedAt: String? = nil, renderedBy: String? = nil, simulation: SimulationStamp? = nil,
        unknownReason: String = "not recorded"
    ) {
        self.title = title
        self.experimentID = experimentID
        self.plan = plan
        self.executionARN = executionARN
        self.spec = spec
        self.amiID = amiID
        self.amiName = amiName
        self.pulsarVersion = pulsarVersion
        self.region = region
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.costEstimate = costEstimate
        self.renderedAt = renderedAt
        self.renderedBy = renderedBy
        self.simulation = simulation
        self.unknownReason = unknownReason
    }

    /// What an offline rendering of an OMB file knows: the file, nothing about the cluster.
    public static func offline(file: String, renderedAt: String? = nil) -> ReportProvenance {
        ReportProvenance(
            title: file, renderedAt: renderedAt, renderedBy: "lab report --input",
            unknownReason: "an OMB result file does not record them; rendered offline with lab report --input")
    }
}
