/// The user data of one component's nodes: a bash script that hands everything to the AMI's
/// `node-bootstrap` (docs/node-contract.md), so the logic lives in one place on the node and the user data
/// stays a single, golden-tested command.
///
/// Every node of a component gets the same user data (one RunInstances call per component), so nothing in
/// it is per node: `node-bootstrap` works out its own index by listing its component's instances by tag
/// (launch time, then instance id) — the ZooKeeper id is that index + 1 — and finds its peers the same way
/// with the instance profile. Every value is a single-quoted shell word (`ShellQuoting`), whatever it holds.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html
public struct NodeUserData: Sendable, Hashable {
    public var role: ClusterComponent
    public var experimentID: ExperimentID
    public var region: String
    /// The results bucket (nodes read benchmark inputs and write results under the experiment's prefix).
    public var bucket: String
    /// The Pulsar cluster name (`driver.client.clusterName`): brokers initialise the metadata under it.
    public var clusterName: String
    /// How many ZooKeeper nodes to wait for before writing the ensemble (every role but the client).
    public var zookeeperCount: Int
    /// The script to run; the AMI's, unless a test runs the rendered script against a stand-in.
    public var bootstrapPath: String

    public init(
        role: ClusterComponent, experimentID: ExperimentID, region: String, bucket: String, clusterName: String,
        zookeeperCount: Int, bootstrapPath: String = NodeScripts.nodeBootstrap
    ) {
        self.role = role
        self.experimentID = experimentID
        self.region = region
        self.bucket = bucket
        self.clusterName = clusterName
        self.zookeeperCount = zookeeperCount
        self.bootstrapPath = bootstrapPath
    }

    /// For one component of a validated spec.
    public init(spec: ExperimentSpec, role: ClusterComponent, experimentID: ExperimentID, region: String, bucket: String) {
        self.init(
            role: role, experimentID: experimentID, region: region, bucket: bucket,
            clusterName: spec.driver.client.clusterName, zookeeperCount: spec.cluster.zookeeper.count)
    }

    /// `node-bootstrap`'s arguments, in its usage order.
    public var arguments: [String] {
        var arguments = [
            "--role", role.rawValue, "--experiment-id", experimentID.value, "--region", region, "--bucket", bucket,
            "--cluster-name", clusterName,
        ]
        // The client joins no ensemble and discovers brokers later (run-benchmark passes their addresses).
        if role != .client {
            arguments += ["--zookeeper-count", String(zookeeperCount)]
        }
        return arguments
    }

    /// The script, as EC2 runs it at first boot (cloud-init logs it to /var/log/cloud-init-output.log).
    public func render() -> String {
        // One line (readers that go line by line, like the emulated lab's, see the whole call); the option
        // names are ours, every value is quoted.
        var words = ["exec", ShellQuoting.quoted(bootstrapPath)]
        var index = 0
        while index + 1 < arguments.count {
            words += [arguments[index], ShellQuoting.quoted(arguments[index + 1])]
            index += 2
        }
        return """
            #!/bin/bash
            # Pulsar AWS Lab node, rendered by apply-infra: node-bootstrap does the work (docs/node-contract.md).
            # Every value is a single-quoted word, so nothing in it is expanded by the shell.
            set -euo pipefail
            \(words.joined(separator: " "))

            """
    }
}
