import AWSCore
import AWSServices
import JSONCoding
import LabCore
import LambdaRuntime

/// validate-ami: checks the spec (every problem at once), fills its defaults, finds the AMI, records the
/// experiment and stores the normalised spec. Creates no cloud resource, so a failure needs no teardown.
///
/// Order matters for "nothing written on failure": the spec and the AMI are checked before the record is
/// created, and the record (conditional on the execution) before the spec is stored.
public struct ValidateAMIStage: Sendable {
    public var environment: StageEnvironment
    public var clients: StageClients
    public var clock: @Sendable () -> Timestamp

    public init(environment: StageEnvironment, clients: StageClients, clock: @escaping @Sendable () -> Timestamp = { .now() }) {
        self.environment = environment
        self.clients = clients
        self.clock = clock
    }

    public func run(_ input: ValidateInput, logger: LambdaLogger) throws(StageError) -> Experiment {
        let identity = ExecutionIdentity(execution: input.execution, now: clock())
        let id = identity.experimentID
        let run = StageRun(stage: .validateAMI, experimentID: id.value, logger: logger, clock: clock)
        if let problem = identity.startTimeProblem { run.logger.warn(problem) }
        run.logger.info("validating the experiment", ["executionArn": .string(input.execution.arn)])

        let validation: SpecValidation
        do {
            validation = try ExperimentSpec.validate(input.spec)
        } catch {
            throw run.error(.invalidExperimentSpec, error.description, underlying: error)
        }
        let spec = validation.spec
        for notice in validation.notices {
            run.logger.info("spec notice: \(notice.description)")
        }
        if let region = spec.region, region != clients.region {
            throw run.error(
                .invalidExperimentSpec,
                "The experiment spec has 1 problem; fix it and start the experiment again (docs/experiment-spec.md lists every field):\n- region: \(region) is not the lab's region \(clients.region) (its VPC, subnets and AMIs are there); leave region out or use \(clients.region)")
        }

        let lookup = AMILookup(ec2: clients.ec2, owners: environment.amiOwners)
        let found = try run.aws("DescribeImages for \(spec.amiNamePattern)", failure: .configurationError) {
            try lookup.newestImage(for: spec)
        }
        guard let image = found else {
            throw run.error(.amiNotFound, AMILookup.notFoundMessage(spec: spec, region: clients.region, owners: environment.amiOwners))
        }
        run.logger.info("AMI found", ["amiId": .string(image.imageID), "amiName": .string(image.name ?? "")])

        let keys = ExperimentKeys(experimentID: id.value)
        let experiment = Experiment(
            experimentId: id.value, executionArn: input.execution.arn, region: clients.region,
            availabilityZone: spec.availabilityZone, amiId: image.imageID,
            pulsarVersion: spec.pulsarVersion ?? image.tags[AMILookup.pulsarVersionTag], specKey: keys.spec,
            createdAt: identity.startedAt.iso8601String(),
            expiresAt: ResourceTags.expiry(startedAt: identity.startedAt, ttlHours: spec.ttlHours).iso8601String(),
            readinessBudgetSeconds: spec.readinessBudgetMinutes * 60, plan: spec.plan,
            workloads: spec.workloads.enumerated().map { index, workload in
                WorkloadRef(index: index, name: workload.name, expectedSeconds: (workload.warmupDurationMinutes + workload.testDurationMinutes) * 60)
            })

        let record = ExperimentRecord(dynamoDB: clients.dynamoDB, table: environment.experimentsTable)
        let attributes = Self.recordAttributes(
            experiment, spec: spec, image: image, notices: validation.notices,
            cost: CostEstimate(spec: spec, experimentID: id), executionName: input.execution.name)
        let created = try run.aws("recording the experiment in \(environment.experimentsTable)", failure: .configurationError) {
            try record.create(
                experimentID: id.value, executionArn: input.execution.arn, stage: .validateAMI, at: clock(), attributes: attributes)
        }
        guard created else {
            throw run.error(
                .invalidExperimentSpec,
                "experiment id \(id.value) is already recorded for another execution, so this one may not use it (one id, one cluster); start the experiment under a new execution name")
        }

        let bucket = ResultsBucket(s3: clients.s3, name: environment.resultsBucket)
        try run.aws("storing the spec at \(bucket.uri(keys.spec))", failure: .configurationError) {
            try bucket.putJSON(keys.spec, spec.jsonValue)
        }
        run.logger.info("experiment recorded", ["amiId": .string(image.imageID), "specKey": .string(keys.spec)])
        return experiment
    }

    /// validate-ami's attributes of the record: who started it, what it runs on, what it costs.
    static func recordAttributes(
        _ experiment: Experiment, spec: ExperimentSpec, image: EC2Image, notices: [SpecNotice], cost: CostEstimate,
        executionName: String
    ) -> DynamoDBItem {
        var item: DynamoDBItem = [
            ExperimentRecord.Attribute.status: "RUNNING",
            "executionName": .string(executionName),
            "createdAt": .string(experiment.createdAt),
            "expiresAt": .string(experiment.expiresAt),
            "region": .string(experiment.region),
            "amiId": .string(experiment.amiId),
            "specKey": .string(experiment.specKey),
            "profile": .string(spec.profile.rawValue),
            "readinessBudgetSeconds": .number(String(experiment.readinessBudgetSeconds)),
            ExperimentRecord.Attribute.workloads: .list(experiment.workloads.map { workload in
                .map(["index": .number(String(workload.index)), "name": .string(workload.name),
                      "expectedSeconds": .number(String(workload.expectedSeconds))])
            }),
            "costEstimate": .map([
                "hourlyUSD": .fixedPoint(cost.hourlyUSD), "totalUSD": .fixedPoint(cost.totalUSD),
                "durationMinutes": .number(String(cost.durationMinutes)), "priceSource": .string(cost.priceSource),
                "unpricedInstanceTypes": .list(cost.unpricedInstanceTypes.map(DynamoDBValue.string)),
            ]),
            "notices": .list(notices.map { .string($0.description) }),
        ]
        if let name = image.name { item["amiName"] = .string(name) }
        if let zone = experiment.availabilityZone { item["availabilityZone"] = .string(zone) }
        if let version = experiment.pulsarVersion { item["pulsarVersion"] = .string(version) }
        if let plan = experiment.plan { item["plan"] = .string(plan) }
        if let description = spec.description { item["description"] = .string(description) }
        return item
    }
}
