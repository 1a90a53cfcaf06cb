import JSONCoding

/// validate-ami's input: the execution input (the spec, `{}` included) and the execution's identity.
public struct ValidateInput: Codable, Sendable {
    public struct Execution: Codable, Sendable, Hashable {
        public var name: String
        public var arn: String
        public var startTime: String?

        public init(name: String, arn: String, startTime: String?) {
            self.name = name
            self.arn = arn
            self.startTime = startTime
        }
    }

    public var spec: JSONValue
    public var execution: Execution

    public init(spec: JSONValue, execution: Execution) {
        self.spec = spec
        self.execution = execution
    }
}

/// apply-infra's input.
public struct ApplyInfraInput: Codable, Sendable {
    public var experiment: Experiment

    public init(experiment: Experiment) {
        self.experiment = experiment
    }
}

/// poll-readiness's input; `attempt` is `$$.State.RetryCount`, for the log.
public struct PollReadinessInput: Codable, Sendable {
    public var experiment: Experiment
    public var cluster: StageResult<Cluster>
    public var attempt: Int?

    public init(experiment: Experiment, cluster: StageResult<Cluster>, attempt: Int?) {
        self.experiment = experiment
        self.cluster = cluster
        self.attempt = attempt
    }
}

/// teardown's input. `failure` is the caught error (`{"Error","Cause"}`) on the failure path.
public struct TeardownInput: Codable, Sendable {
    public struct Failure: Codable, Sendable, Hashable {
        public var Error: String?
        public var Cause: String?

        public init(Error: String?, Cause: String?) {
            self.Error = Error
            self.Cause = Cause
        }
    }

    public var experiment: Experiment
    public var outcome: String
    public var failure: Failure?

    public init(experiment: Experiment, outcome: String, failure: Failure?) {
        self.experiment = experiment
        self.outcome = outcome
        self.failure = failure
    }
}
