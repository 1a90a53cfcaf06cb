#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What Terraform (and the emulated lab) hands every stage function through its environment.
///
/// Read once at init: a missing variable is an init error, reported before any invocation.
public struct StageEnvironment: Sendable {
    public enum Variable {
        public static let resultsBucket = "PULSAR_LAB_RESULTS_BUCKET"
        public static let experimentsTable = "PULSAR_LAB_EXPERIMENTS_TABLE"
        public static let subnetIDs = "PULSAR_LAB_SUBNET_IDS"
        public static let securityGroupID = "PULSAR_LAB_SECURITY_GROUP_ID"
        public static let nodeInstanceProfile = "PULSAR_LAB_NODE_INSTANCE_PROFILE"
        public static let amiOwners = "PULSAR_LAB_AMI_OWNERS"
    }

    public var resultsBucket: String
    public var experimentsTable: String
    /// Lab subnets, comma-separated in the variable; launches use the one in the spec's AZ, else the first.
    public var subnetIDs: [String]
    public var securityGroupID: String?
    /// Name or ARN of the nodes' instance profile.
    public var nodeInstanceProfile: String?
    /// Owners to search for the AMI (`self` by default, as Packer registers it in this account).
    public var amiOwners: [String]

    public init(
        resultsBucket: String, experimentsTable: String, subnetIDs: [String] = [], securityGroupID: String? = nil,
        nodeInstanceProfile: String? = nil, amiOwners: [String] = ["self"]
    ) {
        self.resultsBucket = resultsBucket
        self.experimentsTable = experimentsTable
        self.subnetIDs = subnetIDs
        self.securityGroupID = securityGroupID
        self.nodeInstanceProfile = nodeInstanceProfile
        self.amiOwners = amiOwners
    }

    /// Reads the process environment; `required` lists what this stage cannot work without.
    public static func fromProcess(stage: Stage, requiring required: [String] = [Variable.resultsBucket, Variable.experimentsTable]) throws(StageError) -> StageEnvironment {
        func value(_ name: String) -> String? {
            guard let raw = getenv(name) else { return nil }
            let text = String(cString: raw)
            return text.isEmpty ? nil : text
        }
        let missing = required.filter { value($0) == nil }
        guard missing.isEmpty else {
            throw StageError(
                .configurationError, stage: stage, experimentID: nil,
                "missing environment variable\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); Terraform's functions module sets them — redeploy, or set them for a local run")
        }
        return StageEnvironment(
            resultsBucket: value(Variable.resultsBucket) ?? "",
            experimentsTable: value(Variable.experimentsTable) ?? "",
            subnetIDs: (value(Variable.subnetIDs) ?? "").split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty },
            securityGroupID: value(Variable.securityGroupID),
            nodeInstanceProfile: value(Variable.nodeInstanceProfile),
            amiOwners: (value(Variable.amiOwners) ?? "self").split(separator: ",").map { String($0).trimmingSpaces() })
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
