import AWSCore
import AWSServices
import Foundation
import LabCore

/// `lab ami validate`: one test instance from the image, booted the way apply-infra boots an experiment's client
/// (user data that runs the image's `node-bootstrap --role client`, the lab's subnet, security group and node
/// instance profile, IMDSv2), checked with the image's own `health-check --role client` through SSM Run Command.
///
/// What a pass proves: the image boots, cloud-init runs the user data, the SSM agent registers with the node
/// instance profile, node-bootstrap finds the instance by its tags (IMDSv2, AWS CLI, ec2:DescribeInstances), and
/// health-check finds OpenMessaging Benchmark and java. It does not start ZooKeeper, BookKeeper or a broker: that
/// needs a cluster, and poll-readiness checks it in every experiment.
///
/// The instance is tagged at creation like an experiment's (`Project`, `ExperimentID=ami-validate-<id>`, `ExpiresAt`,
/// plus `Purpose=ami-validation`), so the janitor terminates it if this process dies; and this process terminates it
/// on every way out, Ctrl-C included.
struct ImageValidation {
    static let purposeTag = "Purpose"
    static let purposeValue = "ami-validation"
    static let validatedImageTag = "ValidatedImage"
    static let clusterName = "ami-validation"
    /// The janitor may terminate the instance after this much more than the validation's timeout.
    static let expiryMarginSeconds: Int64 = 15 * 60

    var session: LabSession
    var image: LabImage
    var instanceType: String
    var timeoutSeconds: Int
    var pollSeconds: Double = 3
    /// `ami-validate-<8 hex>`: the ExperimentID tag, the client token, the node's experiment id.
    var runID: String

    /// A small instance of the image's architecture: the check needs a boot, not capacity.
    static func defaultInstanceType(for image: LabImage) -> String {
        image.image.architecture == "arm64" ? "t4g.small" : "t3.small"
    }

    static func newRunID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() & 0xFFFF_FFFF
        let hex = String(value, radix: 16)
        return "ami-validate-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Launches, checks, terminates; the report says whether the image passed. Throws for what is not a verdict on
    /// the image (configuration, AWS refusing a call, Ctrl-C), always after terminating what it launched.
    func run() throws(LabCLIError) -> ValidationReport {
        let network = try requireNetwork()
        let started = Date()
        let instanceID = try launch(network: network)
        Console.progress("launched \(instanceID) (\(instanceType)) from \(image.id), tagged ExperimentID=\(runID), Purpose=\(Self.purposeValue); it is terminated when this command ends")
        let outcome: Result<ValidationReport, LabCLIError>
        do throws(LabCLIError) {
            outcome = .success(try check(instanceID, started: started))
        } catch {
            outcome = .failure(error)
        }
        switch (terminate(instanceID), outcome) {
        case (.success(let state), .success(var report)):
            report.instanceState = state
            return report
        case (.success, .failure(let error)):
            throw error
        case (.failure(let problem), .success(let report)):
            Console.output(report.text)
            throw problem
        case (.failure(let problem), .failure(let error)):
            Console.progress("error: " + error.message)
            throw problem
        }
    }

    // MARK: Launch

    func requireNetwork() throws(LabCLIError) -> (subnet: String, securityGroup: String, profile: String) {
        let network = session.configuration.network
        guard let subnet = network?.defaultSubnetID, let group = network?.securityGroupID, let profile = network?.nodeInstanceProfile else {
            throw LabCLIError(
                code: .configuration,
                message: "\(session.configuration.source) has no network.defaultSubnetId, securityGroupId and nodeInstanceProfile (the test instance goes where the lab's nodes go): regenerate it with scripts/deploy (terraform output -raw lab_config)")
        }
        return (subnet, group, profile)
    }

    /// The tags at creation: an experiment's own (the janitor sweeps by `Project` + `ExperimentID` and honours
    /// `ExpiresAt`), the purpose, and the image under test.
    func tags(launchedAt now: Timestamp) -> [EC2Tag] {
        let expires = Timestamp(seconds: now.seconds + Int64(timeoutSeconds) + Self.expiryMarginSeconds)
        return [
            EC2Tag(key: TagKeys.project, value: TagKeys.projectValue),
            EC2Tag(key: TagKeys.experimentID, value: runID),
            EC2Tag(key: TagKeys.component, value: ClusterComponent.client.rawValue),
            EC2Tag(key: TagKeys.managedBy, value: TagKeys.projectValue),
            EC2Tag(key: TagKeys.expiresAt, value: expires.iso8601String()),
            EC2Tag(key: TagKeys.name, value: runID),
            EC2Tag(key: Self.purposeTag, value: Self.purposeValue),
            EC2Tag(key: Self.validatedImageTag, value: image.id),
        ]
    }

    func userData() throws(LabCLIError) -> String {
        let experimentID: ExperimentID
        do {
            experimentID = try ExperimentID(runID)
        } catch {
            throw LabCLIError(code: .invalidArguments, message: "validation id \(runID) is not a valid experiment id: \(error.message)")
        }
        return NodeUserData(
            role: .client, experimentID: experimentID, region: session.region, bucket: session.configuration.resultsBucket,
            clusterName: Self.clusterName, zookeeperCount: 1
        ).render()
    }

    /// One instance in the lab's subnet and security group with the node instance profile, IMDSv2 only, the client's
    /// user data, the instance and its volume tagged at creation; the run id as client token (a retry after a lost
    /// answer gets the same instance).
    func runInstancesRequest(network: (subnet: String, securityGroup: String, profile: String), launchedAt now: Timestamp) throws(LabCLIError) -> RunInstancesRequest {
        let tags = tags(launchedAt: now)
        return RunInstancesRequest(
            imageID: image.id, instanceType: instanceType, minCount: 1, maxCount: 1, clientToken: runID,
            subnetID: network.subnet, securityGroupIDs: [network.securityGroup], iamInstanceProfile: .name(network.profile),
            userData: try userData(),
            tagSpecifications: [EC2TagSpecification(resourceType: .instance, tags: tags), EC2TagSpecification(resourceType: .volume, tags: tags)],
            metadataOptions: .requireTokens)
    }

    func launch(network: (subnet: String, securityGroup: String, profile: String)) throws(LabCLIError) -> String {
        let request = try runInstancesRequest(network: network, launchedAt: Timestamp.now())
        do throws(LabCLIError) {
            let reservation = try session.call("launching a \(instanceType) from \(image.id)") { try session.ec2.runInstances(request) }
            guard let instance = reservation.instances.first else {
                throw LabCLIError(code: .aws, message: "RunInstances answered no instance for \(image.id)")
            }
            return instance.instanceID
        } catch {
            // The launch may have happened with its answer lost: terminate whatever carries this run's tag.
            sweepAfterFailedLaunch()
            throw error
        }
    }

    private func sweepAfterFailedLaunch() {
        do {
            let found = try session.ec2.describeAllInstances(DescribeInstancesRequest(filters: [
                .tag(TagKeys.experimentID, runID), EC2Filter(name: "instance-state-name", values: ["pending", "running"]),
            ]))
            if !found.isEmpty {
                _ = try session.ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: found.map(\.instanceID)))
                Console.progress("terminated \(found.map(\.instanceID).joined(separator: ", ")) launched before the failure")
            }
        } catch {
            Console.progress("could not look for instances tagged ExperimentID=\(runID) after the failed launch (\(error)); the janitor terminates them after their ExpiresAt")
        }
    }

    // MARK: Check

    /// Waits for running, for the SSM agent, then for a health check that is not "still bootstrapping".
    func check(_ instanceID: String, started: Date) throws(LabCLIError) -> ValidationReport {
        let deadline = started.addingTimeInterval(Double(timeoutSeconds))
        func report(_ passed: Bool, _ detail: String) -> ValidationReport {
            ValidationReport(
                image: image, region: session.region, instanceID: instanceID, instanceType: instanceType, runID: runID, passed: passed,
                detail: detail, seconds: Date().timeIntervalSince(started))
        }
        func progress(_ text: String) {
            Console.progress("[\(String(format: "%4.0f", Date().timeIntervalSince(started))) s] \(text)")
        }
        let limit = "\(timeoutSeconds / 60 > 0 ? "\(timeoutSeconds / 60) min" : "\(timeoutSeconds) s") (--timeout)"

        // 1. Running.
        var lastState = ""
        while true {
            try InterruptSignal.check("waiting for \(instanceID) to run")
            let instance: EC2Instance? = try session.call("describing \(instanceID)") {
                do {
                    return try session.ec2.describeAllInstances(DescribeInstancesRequest(instanceIDs: [instanceID])).first
                } catch let error as AWSError where error.code == "InvalidInstanceID.NotFound" {
                    return nil  // EC2 is eventually consistent right after RunInstances
                }
            }
            let state = instance?.state.name ?? "not visible yet"
            if state != lastState { progress("\(instanceID) \(state)"); lastState = state }
            if state == "running" { break }
            if ["shutting-down", "terminated", "stopping", "stopped"].contains(state) {
                let reason = instance?.stateReason.map { "\($0.code): \($0.message ?? "")" } ?? "no reason given"
                return report(false, "the test instance went \(state) instead of running (\(reason))")
            }
            if Date() > deadline { return report(false, "the test instance was still \(state) after \(limit)") }
            try InterruptSignal.sleep(seconds: pollSeconds, "waiting for \(instanceID) to run")
        }

        // 2. The SSM agent.
        var lastPing = ""
        while true {
            try InterruptSignal.check("waiting for the SSM agent on \(instanceID)")
            let agents = try session.call("asking SSM about \(instanceID)") {
                try session.ssm.describeAllInstanceInformation(
                    DescribeInstanceInformationRequest(filters: [SSMInstanceFilter(key: "InstanceIds", values: [instanceID])]))
            }
            let ping = agents.first { $0.instanceID == instanceID }?.pingStatus ?? "not registered"
            if ping != lastPing { progress("SSM agent \(ping)"); lastPing = ping }
            if ping == "Online" { break }
            if Date() > deadline {
                return report(false, "the SSM agent did not come Online within \(limit) (it was \(ping)): the image needs the SSM agent, the instance profile \(session.configuration.network?.nodeInstanceProfile ?? "") its permissions, the subnet a route to SSM")
            }
            try InterruptSignal.sleep(seconds: pollSeconds, "waiting for the SSM agent on \(instanceID)")
        }

        // 3. health-check, until node-bootstrap has finished.
        var lastWait = ""
        while true {
            let verdict = try healthCheck(instanceID, deadline: deadline)
            switch verdict {
            case .healthy(let checks):
                progress("health-check: healthy")
                return report(true, "node-bootstrap --role client done; health-check --role client healthy: \(checks)")
            case .failed(let reason):
                progress("health-check: not healthy")
                return report(false, reason)
            case .notYet(let reason):
                if reason != lastWait { progress("health-check: \(reason); asking again"); lastWait = reason }
            }
            if Date() > deadline { return report(false, "node-bootstrap did not finish within \(limit) (\(lastWait)); see /var/log/cloud-init-output.log on the instance") }
            try InterruptSignal.sleep(seconds: pollSeconds, "waiting for node-bootstrap on \(instanceID)")
        }
    }

    /// Sends `health-check --role client` once and waits for its answer.
    ///
    /// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html
    func healthCheck(_ instanceID: String, deadline: Date) throws(LabCLIError) -> ImageHealthVerdict {
        let request = SendCommandRequest(
            instanceIDs: [instanceID], commands: [ShellQuoting.commandLine([NodeScripts.healthCheck, "--role", ClusterComponent.client.rawValue])],
            executionTimeoutSeconds: 60, deliveryTimeoutSeconds: 60, comment: "pulsar-aws-lab \(runID) health-check \(image.id)")
        let commandID: String? = try session.call("sending health-check to \(instanceID)") {
            do {
                return try session.ssm.sendCommand(request).commandID
            } catch let error as AWSError where error.code == "InvalidInstanceId" {
                return nil  // the agent went offline between the calls
            }
        }
        guard let commandID else { return .notYet("SSM cannot deliver to \(instanceID) yet") }
        while true {
            try InterruptSignal.sleep(seconds: 1, "waiting for health-check on \(instanceID)")
            let invocation: SSMCommandInvocationResult? = try session.call("reading health-check \(commandID)") {
                do {
                    return try session.ssm.getCommandInvocation(GetCommandInvocationRequest(commandID: commandID, instanceID: instanceID))
                } catch let error as AWSError where error.code == "InvocationDoesNotExist" {
                    return nil  // SSM is eventually consistent right after SendCommand
                }
            }
            switch invocation?.status {
            case nil, "Pending", "InProgress", "Delayed":
                if Date() > deadline { return .notYet("health-check \(invocation?.status.lowercased() ?? "not started")") }
                continue
            case "Success", "Failed":
                guard let invocation else { continue }
                return ImageHealthVerdict.judge(
                    responseCode: invocation.responseCode, stdout: invocation.standardOutputContent,
                    stderr: invocation.standardErrorContent, script: NodeScripts.healthCheck)
            default:
                return .notYet("health-check \(invocation?.statusDetails ?? invocation?.status ?? "")")
            }
        }
    }

    // MARK: Terminate

    /// Terminates the test instance whatever happened before (Ctrl-C is not checked here); returns its state.
    func terminate(_ instanceID: String) -> Result<String, LabCLIError> {
        do {
            let changes = try session.ec2.terminateInstances(TerminateInstancesRequest(instanceIDs: [instanceID]))
            let state = changes.first { $0.instanceID == instanceID }?.currentState.name ?? "shutting-down"
            Console.progress("terminated \(instanceID) (\(state))")
            return .success(state)
        } catch {
            return .failure(LabCLIError(
                code: .aws,
                message: "could not terminate the test instance \(instanceID) (\(error)): terminate it with aws ec2 terminate-instances --region \(session.region) --instance-ids \(instanceID) (the janitor does after its ExpiresAt tag)"))
        }
    }
}
