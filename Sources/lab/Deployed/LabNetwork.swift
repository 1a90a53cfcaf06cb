/// The lab's network as the `lab_config` document's `network` object names it (terraform/outputs.tf): where a
/// node the command line launches itself (`lab ami validate`'s test instance) goes, so it can reach SSM and S3
/// and carries the node role, like the experiments' nodes.
struct LabNetwork: Equatable {
    var defaultSubnetID: String?
    var securityGroupID: String?
    /// The node instance profile's name (`pulsar-aws-lab-node`).
    var nodeInstanceProfile: String?

    /// From the document's `network` object; nil when it is absent or not an object.
    init?(document value: Any?) {
        guard let object = value as? [String: Any] else { return nil }
        func string(_ key: String) -> String? { (object[key] as? String).flatMap { $0.isEmpty ? nil : $0 } }
        defaultSubnetID = string("defaultSubnetId")
        securityGroupID = string("securityGroupId")
        nodeInstanceProfile = string("nodeInstanceProfile")
    }

    init(defaultSubnetID: String?, securityGroupID: String?, nodeInstanceProfile: String?) {
        self.defaultSubnetID = defaultSubnetID
        self.securityGroupID = securityGroupID
        self.nodeInstanceProfile = nodeInstanceProfile
    }
}
