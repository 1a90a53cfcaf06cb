import AWSCore
import AWSServices
import Foundation
import JSONCoding
import LabCore
import LambdaRuntime
import Stages
import Testing

/// Running stages against the emulated lab the way the state machine does, and reading back what they left.
struct LabFixtures {
    let lab: EmulatedLab
    let clients: StageClients
    let environment: StageEnvironment

    init() throws {
        lab = try EmulatedLab.shared()
        clients = try lab.clients()
        // As Terraform sets it: without the profile a node cannot look up its peers (ec2:DescribeInstances as the
        // node role), so its bootstrap fails and the cluster never becomes ready.
        environment = lab.stageEnvironment(instanceProfile: lab.nodeInstanceProfile)
    }

    /// Quiet unless `STAGES_TEST_LOGS=1`, which shows every stage log line.
    static let logger = LambdaLogger(minimumLevel: ProcessInfo.processInfo.environment["STAGES_TEST_LOGS"] == "1" ? .debug : .error)

    static func executionArn(_ name: String) -> String {
        "arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:\(name)"
    }

    /// validate-ami's input for an execution named `name` started now, with `spec` as the execution input.
    static func validateInput(name: String, spec: String = "{}", arn: String? = nil, startTime: String? = nil) throws -> ValidateInput {
        ValidateInput(
            spec: try JSON.parse(Array(spec.utf8)),
            execution: .init(name: name, arn: arn ?? executionArn(name), startTime: startTime ?? Timestamp.now().iso8601String(fractionalDigits: 3)))
    }

    func validateStage(clock: @escaping @Sendable () -> Timestamp = { .now() }) -> ValidateAMIStage {
        ValidateAMIStage(environment: environment, clients: clients, clock: clock)
    }

    func validate(name: String, spec: String = "{}") throws -> Experiment {
        try validateStage().run(try Self.validateInput(name: name, spec: spec), logger: Self.logger)
    }

    func instances(of experimentID: String, states: [String] = ["pending", "running"]) throws -> [EC2Instance] {
        try clients.ec2.describeAllInstances(DescribeInstancesRequest(filters: [
            .tag("ExperimentID", experimentID), EC2Filter(name: "instance-state-name", values: states),
        ]))
    }

    func record(_ experimentID: String) throws -> DynamoDBItem? {
        try ExperimentRecord(dynamoDB: clients.dynamoDB, table: environment.experimentsTable).read(experimentID)
    }

    var bucket: ResultsBucket { ResultsBucket(s3: clients.s3, name: environment.resultsBucket) }

    /// The `StageError` `body` throws; records an issue (with what it returned) when it throws none.
    static func stageError<T>(
        _ body: () throws -> T, sourceLocation: SourceLocation = #_sourceLocation
    ) -> StageError? {
        do {
            let value = try body()
            Issue.record("expected a StageError, got \(value)", sourceLocation: sourceLocation)
            return nil
        } catch let error as StageError {
            return error
        } catch {
            Issue.record("expected a StageError, got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}
