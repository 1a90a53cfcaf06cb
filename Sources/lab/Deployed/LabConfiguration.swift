/// Where the deployed lab is: what Terraform's `lab_config` output holds (terraform/outputs.tf; scripts/deploy
/// writes it to terraform/lab-config.json, `scripts/local-lab serve` writes the same document for the emulated
/// lab). Only the fields the command line uses are kept.
struct LabConfiguration: Equatable {
    /// The region the lab is deployed in; every call goes there.
    var region: String?
    var stateMachineArn: String
    var resultsBucket: String
    var experimentsTable: String
    var janitorFunctionName: String?
    /// The AWS console's page of the state machine, when Terraform knew it.
    var consoleUrl: String?
    /// Log group per function name (and `state-machine`), for `lab logs`.
    var logGroups: [String: String] = [:]
    /// Where the configuration came from, for error messages (`terraform/lab-config.json`, `LAB_* variables`).
    var source: String
    /// The subnet, security group and node instance profile (`network`), when the document has them.
    var network: LabNetwork? = nil
    /// How many times faster than real time the lab runs its waits and simulated delays: 1 on AWS; the
    /// emulated lab's document says its factor (`emulatedTimeFactor`), so the benchmark's time left is right.
    var timeFactor: Double = 1
}
