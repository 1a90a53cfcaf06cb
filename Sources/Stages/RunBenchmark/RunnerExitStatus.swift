/// What the node's benchmark runner's exit statuses mean (packer/files/opt/pulsar-lab/bin/run-benchmark,
/// docs/node-contract.md), for the message of `BenchmarkFailed`.
enum RunnerExitStatus {
    static func explanation(_ code: Int) -> String {
        switch code {
        case 2:
            return "the runner rejected its arguments (usage error): run-benchmark and the AMI's node scripts disagree on the node contract; rebuild the AMI from this revision (packer build)"
        case 3:
            return "the runner could not download the workload or driver file from S3: check that the node role may read the experiment's prefix (terraform/policies/node.json)"
        case 75:
            return "OMB succeeded but the runner could not upload the result to S3: check that the node role may write the experiment's prefix (terraform/policies/node.json)"
        case 126, 127:
            return "the runner is missing or not executable on the client node: the AMI lacks /opt/pulsar-lab/bin/run-benchmark; rebuild it (packer build)"
        case 130, 137, 143:
            return "the runner was killed by a signal (out of memory, or the command was cancelled): see the log; a larger client instance type may help"
        default:
            return "OMB's own exit status: the benchmark log says why"
        }
    }
}
