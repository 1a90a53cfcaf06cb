import AWSCore
import AWSServices
import JSONCoding
import LabCore
import Stages
import Testing

@Suite(
    "validate-ami against the emulated lab: spec, id, AMI, record, stored spec",
    .enabled(if: EmulatedLab.unavailableReason == nil, "needs .venv with moto (scripts/ensure-venv)"))
struct ValidateAMITests {
    let fixtures: LabFixtures

    init() throws {
        fixtures = try LabFixtures()
    }

    @Test("{} gives the dev defaults, the newest AMI, a record with cost and the normalised spec in S3")
    func emptySpecGivesDefaultsAndARecord() throws {
        let startTime = "2026-11-26T02:00:04.250Z"
        let input = try LabFixtures.validateInput(name: "stages-validate-defaults", startTime: startTime)
        let experiment = try fixtures.validateStage().run(input, logger: LabFixtures.logger)

        #expect(experiment.experimentId == "stages-validate-defaults")
        #expect(experiment.executionArn == input.execution.arn)
        #expect(experiment.amiId == fixtures.lab.amiID)
        #expect(experiment.pulsarVersion != nil, "the stand-in AMI carries a PulsarVersion tag")
        #expect(experiment.region == "us-east-1")
        #expect(experiment.createdAt == "2026-11-26T02:00:04Z")
        #expect(experiment.expiresAt == "2026-11-26T08:00:04Z", "start + ttlHours 6")
        #expect(experiment.readinessBudgetSeconds == 900)
        #expect(experiment.specKey == "experiments/stages-validate-defaults/spec.json")
        #expect(experiment.workloads == [WorkloadRef(index: 0, name: "1-topic-16-partitions-1kb", expectedSeconds: 360)])

        let record = try #require(try fixtures.record(experiment.experimentId), "validate-ami created no record")
        #expect(record["executionArn"]?.stringValue == input.execution.arn)
        #expect(record["status"]?.stringValue == "RUNNING")
        #expect(record["stages"]?["validate-ami"]?["status"]?.stringValue == "done")
        #expect(record["amiId"]?.stringValue == fixtures.lab.amiID)
        let hourly = try #require(record["costEstimate"]?["hourlyUSD"]?.doubleValue, "no cost estimate in \(record)")
        #expect(hourly > 0.5 && hourly < 1.0, "dev is documented at about $0.71 per hour, recorded \(hourly)")

        let stored = try #require(try fixtures.bucket.bytesIfPresent(experiment.specKey), "no spec.json")
        let spec = try ExperimentSpec.validate(json: stored).spec
        #expect(spec == ExperimentSpec.defaults(for: .dev), "the stored spec is the normalised {}")
    }

    @Test("The same execution twice: the same Experiment, one record; another execution with the id is refused")
    func repeatIsIdempotentAndAnotherExecutionIsRefused() throws {
        let input = try LabFixtures.validateInput(name: "stages-validate-twice", spec: #"{"plan": "nightly", "tags": {"Team": "perf"}}"#)
        let stage = fixtures.validateStage()
        let first = try stage.run(input, logger: LabFixtures.logger)
        let second = try stage.run(input, logger: LabFixtures.logger)
        #expect(first == second)
        #expect(first.plan == "nightly")
        #expect(try fixtures.record(first.experimentId)?["createdAt"]?.stringValue == first.createdAt)

        let other = try LabFixtures.validateInput(
            name: "stages-validate-twice", arn: LabFixtures.executionArn("stages-validate-twice").replacingOccurrences(of: "experiment:", with: "other:"))
        let error = LabFixtures.stageError { try stage.run(other, logger: LabFixtures.logger) }
        #expect(error?.code == .invalidExperimentSpec)
        #expect(error?.errorMessage.contains("already recorded for another execution") == true, "\(String(describing: error))")
        #expect(try fixtures.record(first.experimentId)?["executionArn"]?.stringValue == input.execution.arn, "the first execution keeps the record")
    }

    @Test("A name outside the id rule gets a generated id, the same on a retry of the same execution")
    func generatedIDIsStableForTheExecution() throws {
        let input = try LabFixtures.validateInput(name: "Run_Nightly", startTime: "2026-11-26T14:25:01Z")
        let first = try fixtures.validateStage().run(input, logger: LabFixtures.logger)
        let second = try fixtures.validateStage().run(input, logger: LabFixtures.logger)
        #expect(first.experimentId.hasPrefix("exp-20261126-142501-"), "got \(first.experimentId)")
        #expect(ExperimentID.isValid(first.experimentId))
        #expect(second.experimentId == first.experimentId)
    }

    @Test("A spec with five problems: InvalidExperimentSpec lists all five with their paths; nothing is written")
    func fiveProblemsAreListedAndNothingIsWritten() throws {
        let spec = #"""
            {"profile": "fast", "ttlHours": 0, "cluster": {"zookeeper": {"count": 2}},
             "workloads": [{"name": "a; rm -rf /", "partitionPerTopic": 4}]}
            """#
        let input = try LabFixtures.validateInput(name: "stages-validate-five-problems", spec: spec)
        let error = try #require(LabFixtures.stageError { try fixtures.validateStage().run(input, logger: LabFixtures.logger) })
        #expect(error.code == .invalidExperimentSpec)
        let message = error.errorMessage
        #expect(message.hasPrefix("validate-ami (experiment stages-validate-five-problems): The experiment spec has 5 problems"), "\(message)")
        for path in ["profile:", "ttlHours:", "cluster.zookeeper.count:", "workloads[0].name:", "workloads[0].partitionPerTopic:"] {
            #expect(message.contains("\n- \(path)"), "no problem at \(path) in:\n\(message)")
        }
        #expect(message.contains(#"did you mean "partitionsPerTopic"?"#), "\(message)")
        #expect(try fixtures.record("stages-validate-five-problems") == nil, "a record was written")
        #expect(try fixtures.bucket.bytesIfPresent("experiments/stages-validate-five-problems/spec.json") == nil, "a spec was written")
    }

    @Test("No matching AMI: AmiNotFound says what was searched and how to build one with Packer; nothing is written")
    func missingAMIExplainsHowToBuildOne() throws {
        let input = try LabFixtures.validateInput(name: "stages-validate-no-ami", spec: #"{"pulsarVersion": "9.9.9"}"#)
        let error = try #require(LabFixtures.stageError { try fixtures.validateStage().run(input, logger: LabFixtures.logger) })
        #expect(error.code == .amiNotFound)
        let message = error.errorMessage
        #expect(message.contains("no available AMI named pulsar-base-* with tag PulsarVersion=9.9.9 owned by self in us-east-1"), "\(message)")
        #expect(message.contains("packer build -var region=us-east-1 -var pulsar_version=9.9.9 packer/pulsar-base.pkr.hcl"), "\(message)")
        #expect(try fixtures.record("stages-validate-no-ami") == nil)
        #expect(try fixtures.bucket.bytesIfPresent("experiments/stages-validate-no-ami/spec.json") == nil)
    }

    @Test("A region other than the lab's is a spec problem, found before anything is written")
    func foreignRegionIsRefused() throws {
        let input = try LabFixtures.validateInput(name: "stages-validate-region", spec: #"{"region": "eu-west-1"}"#)
        let error = try #require(LabFixtures.stageError { try fixtures.validateStage().run(input, logger: LabFixtures.logger) })
        #expect(error.code == .invalidExperimentSpec)
        #expect(error.errorMessage.contains("- region: eu-west-1 is not the lab's region us-east-1"), "\(error.errorMessage)")
        #expect(try fixtures.record("stages-validate-region") == nil)
    }
}
