import AWSCore
import AWSServices
import JSONCoding
import LabCore

/// The SSM half of a pass: which agents are online, what the last health check said, sending the next.
extension PollReadinessStage {
    /// SSM's view of `instanceIDs`, by id (nodes whose agent never registered are absent).
    ///
    /// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceInformation.html
    func ssmAgents(of instanceIDs: [String], run: StageRun) throws(StageError) -> [String: SSMInstanceInformation] {
        var agents: [String: SSMInstanceInformation] = [:]
        var start = 0
        while start < instanceIDs.count {
            let chunk = Array(instanceIDs[start..<min(start + Self.instanceIDsPerFilter, instanceIDs.count)])
            start += chunk.count
            let page = try run.aws("asking SSM which nodes' agents are online", failure: .configurationError, transient: .clusterNotReady) {
                try clients.ssm.describeAllInstanceInformation(
                    DescribeInstanceInformationRequest(filters: [SSMInstanceFilter(key: "InstanceIds", values: chunk)]))
            }
            for agent in page { agents[agent.instanceID] = agent }
        }
        return agents
    }

    /// The node's result of `command`, and whether the command has finished on it.
    ///
    /// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetCommandInvocation.html
    func healthResult(
        of command: HealthCommand, node: ClusterNode, experimentID: String, run: StageRun
    ) throws(StageError) -> (NodeStatus, finished: Bool) {
        let invocation: SSMCommandInvocationResult
        do {
            invocation = try clients.ssm.getCommandInvocation(GetCommandInvocationRequest(commandID: command.commandID, instanceID: node.instanceId))
        } catch let error as AWSError where error.code == "InvocationDoesNotExist" {
            // SSM is eventually consistent right after SendCommand.
            return (.notReady("health check not started yet"), false)
        } catch let error as AWSError {
            throw run.error(
                error.isRetryable ? .clusterNotReady : .configurationError,
                "reading health check \(command.commandID) on \(node.name) failed: \(error); \(StageRun.advice(for: error, stage: run.stage))",
                underlying: error)
        } catch {
            throw run.error(.configurationError, "reading health check \(command.commandID) on \(node.name) failed: \(error)", underlying: error)
        }
        switch invocation.status {
        case "Pending", "InProgress", "Delayed":
            return (.notReady("health check \(invocation.status.lowercased())"), false)
        case "Success", "Failed":
            return (Self.status(from: invocation, node: node, experimentID: experimentID), true)
        default:
            // Cancelled, TimedOut, Cancelling, Undeliverable, Terminated: try again with a new command.
            return (.notReady("health check \(invocation.statusDetails ?? invocation.status)"), true)
        }
    }

    /// What a finished health check says about the node. The script prints one JSON object whenever it
    /// could check (exit 0, healthy or not); a non-zero exit without it means the check itself is broken
    /// on this image, which waiting will not fix.
    static func status(from invocation: SSMCommandInvocationResult, node: ClusterNode, experimentID: String) -> NodeStatus {
        let line = invocation.standardOutputContent.split(whereSeparator: \.isNewline).first { $0.hasPrefix("{") }
        guard let line else {
            let error = invocation.standardErrorContent.split(whereSeparator: \.isNewline).last.map(String.init) ?? "no output"
            return .failed(
                "\(NodeScripts.healthCheck) exited \(invocation.responseCode.map(String.init) ?? "?") without a result (\(error)); the AMI's node scripts are missing or broken: rebuild it with packer (docs/node-contract.md)")
        }
        let health: NodeHealth
        do {
            health = try JSON.decode(NodeHealth.self, from: Array(line.utf8))
        } catch {
            return .failed("\(NodeScripts.healthCheck) printed what this function cannot read (\(error)): the AMI and the functions come from different versions; rebuild the AMI")
        }
        if !health.experimentId.isEmpty && health.experimentId != experimentID {
            return .failed("the node says it belongs to experiment \(health.experimentId), not \(experimentID)")
        }
        if health.healthy { return .healthy(at: invocation.executionEndDateTime) }
        let problems = health.problems.joined(separator: "; ")
        if health.hasFailed { return .failed("health: \(problems)") }
        return .notReady("health: \(problems.isEmpty ? "not healthy" : problems)")
    }

    /// Sends `health-check --role <component>` to `nodes`; nil when SSM cannot deliver to them yet (an agent
    /// that went offline between the calls).
    ///
    /// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html
    func sendHealthCheck(
        component: ClusterComponent, to nodes: [ClusterNode], at time: Timestamp, run: StageRun
    ) throws(StageError) -> HealthCommand? {
        let request = SendCommandRequest(
            instanceIDs: nodes.map(\.instanceId),
            commands: [ShellQuoting.commandLine([NodeScripts.healthCheck, "--role", component.rawValue])],
            executionTimeoutSeconds: Int(HealthCommand.staleAfterSeconds),
            deliveryTimeoutSeconds: Int(HealthCommand.staleAfterSeconds),
            comment: "pulsar-aws-lab \(run.experimentID ?? "") health-check \(component.rawValue)")
        do {
            let command = try clients.ssm.sendCommand(request)
            return HealthCommand(commandID: command.commandID, component: component.rawValue, instanceIDs: request.instanceIDs, sentAt: time)
        } catch let error as AWSError where error.code == "InvalidInstanceId" {
            run.logger.info("SSM cannot deliver the \(component.rawValue) health check yet: \(error.message)")
            return nil
        } catch let error as AWSError {
            throw run.error(
                error.isRetryable ? .clusterNotReady : .configurationError,
                "sending the \(component.rawValue) health check failed: \(error); \(StageRun.advice(for: error, stage: run.stage))",
                underlying: error)
        } catch {
            throw run.error(.configurationError, "sending the \(component.rawValue) health check failed: \(error)", underlying: error)
        }
    }
}
