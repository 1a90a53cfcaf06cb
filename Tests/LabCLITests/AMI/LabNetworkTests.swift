import Testing
@testable import lab

@Suite("lab_config's network: where lab ami validate puts its test instance")
struct LabNetworkTests {
    static let base = """
        "stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:pulsar-aws-lab-experiment",
        "resultsBucket": "pulsar-aws-lab-results-123456789012", "experimentsTable": "pulsar-aws-lab-experiments"
        """

    @Test("network.defaultSubnetId, securityGroupId and nodeInstanceProfile are read as Terraform writes them")
    func readsNetwork() throws {
        let document = """
            {\(Self.base), "network": {"vpcId": "vpc-1", "subnetIds": ["subnet-1", "subnet-2"], "defaultSubnetId": "subnet-1",
             "securityGroupId": "sg-1", "nodeInstanceProfile": "pulsar-aws-lab-node", "nodeConnectivity": "public"}}
            """
        let configuration = try LabConfiguration.parse(Array(document.utf8), source: "lab-config.json")
        #expect(configuration.network == LabNetwork(defaultSubnetID: "subnet-1", securityGroupID: "sg-1", nodeInstanceProfile: "pulsar-aws-lab-node"))
    }

    @Test("No network object, or empty values: nothing (validate then says to regenerate the file)")
    func missingNetwork() throws {
        #expect(try LabConfiguration.parse(Array("{\(Self.base)}".utf8), source: "x").network == nil)
        let empty = try LabConfiguration.parse(Array("{\(Self.base), \"network\": {\"defaultSubnetId\": \"\"}}".utf8), source: "x")
        #expect(empty.network == LabNetwork(defaultSubnetID: nil, securityGroupID: nil, nodeInstanceProfile: nil))
    }
}
