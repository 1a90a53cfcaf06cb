import AWSCore

/// A managed node as SSM sees it: is its agent online, and since when.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_InstanceInformation.html
public struct SSMInstanceInformation: Sendable, Hashable {
    public var instanceID: String
    /// `Online`, `ConnectionLost`, `Inactive`.
    public var pingStatus: String?
    public var lastPingDateTime: Timestamp?
    public var agentVersion: String?
    public var platformName: String?
    public var ipAddress: String?
    public var computerName: String?

    public init(
        instanceID: String, pingStatus: String? = nil, lastPingDateTime: Timestamp? = nil, agentVersion: String? = nil,
        platformName: String? = nil, ipAddress: String? = nil, computerName: String? = nil
    ) {
        self.instanceID = instanceID
        self.pingStatus = pingStatus
        self.lastPingDateTime = lastPingDateTime
        self.agentVersion = agentVersion
        self.platformName = platformName
        self.ipAddress = ipAddress
        self.computerName = computerName
    }

    /// Whether the agent is connected (`PingStatus` is `Online`).
    public var isOnline: Bool { pingStatus == "Online" }

    init(json: JSONFields) throws {
        self.init(
            instanceID: try json.string("InstanceId"), pingStatus: try json.optionalString("PingStatus"),
            lastPingDateTime: try json.optionalTimestamp("LastPingDateTime"), agentVersion: try json.optionalString("AgentVersion"),
            platformName: try json.optionalString("PlatformName"), ipAddress: try json.optionalString("IPAddress"),
            computerName: try json.optionalString("ComputerName"))
    }
}
