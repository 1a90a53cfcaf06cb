/// What validate-ami hands every later stage: small, with bulky data behind S3 keys.
public struct Experiment: Codable, Sendable, Hashable {
    public var experimentId: String
    public var executionArn: String
    public var region: String
    public var availabilityZone: String?
    public var amiId: String
    public var pulsarVersion: String?
    /// The normalised spec (defaults filled) in the results bucket.
    public var specKey: String
    /// RFC 3339.
    public var createdAt: String
    /// RFC 3339; the `ExpiresAt` tag of every resource, which the janitor honours.
    public var expiresAt: String
    public var readinessBudgetSeconds: Int
    public var plan: String?
    public var workloads: [WorkloadRef]

    public init(
        experimentId: String, executionArn: String, region: String, availabilityZone: String?, amiId: String,
        pulsarVersion: String?, specKey: String, createdAt: String, expiresAt: String, readinessBudgetSeconds: Int,
        plan: String?, workloads: [WorkloadRef]
    ) {
        self.experimentId = experimentId
        self.executionArn = executionArn
        self.region = region
        self.availabilityZone = availabilityZone
        self.amiId = amiId
        self.pulsarVersion = pulsarVersion
        self.specKey = specKey
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.readinessBudgetSeconds = readinessBudgetSeconds
        self.plan = plan
        self.workloads = workloads
    }
}

/// One workload as the Map state iterates over it.
public struct WorkloadRef: Codable, Sendable, Hashable {
    public var index: Int
    public var name: String
    /// Warmup + duration: how long the state machine waits before it first checks the benchmark.
    public var expectedSeconds: Int

    public init(index: Int, name: String, expectedSeconds: Int) {
        self.index = index
        self.name = name
        self.expectedSeconds = expectedSeconds
    }
}

/// The `{"result": …}` wrapper the state machine's ResultSelector puts around a stage's output.
public struct StageResult<Value: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public var result: Value

    public init(result: Value) {
        self.result = result
    }
}
