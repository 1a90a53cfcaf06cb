/// The node-side scripts the pulsar-base AMI carries (`packer/files/opt/pulsar-lab/bin/`,
/// docs/node-contract.md): what user data and SSM commands call on a node.
public enum NodeScripts {
    /// Turns a fresh instance into one node of an experiment's cluster; run once by the user data.
    public static let nodeBootstrap = "/opt/pulsar-lab/bin/node-bootstrap"
    /// Prints one JSON object saying whether the node's part of the cluster is healthy.
    public static let healthCheck = "/opt/pulsar-lab/bin/health-check"
    /// Runs one OMB workload from S3 inputs and uploads its result.
    public static let runBenchmark = "/opt/pulsar-lab/bin/run-benchmark"
}
