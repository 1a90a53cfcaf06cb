import AWSCore

/// A spot instance request, as far as the lab reads it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SpotInstanceRequest.html
public struct EC2SpotInstanceRequest: Sendable, Hashable {
    public var spotInstanceRequestID: String
    /// `open`, `active`, `closed`, `cancelled`, `failed`.
    public var state: String
    /// E.g. `capacity-not-available`, `fulfilled` (what apply-infra reports as `CapacityUnavailable`).
    public var statusCode: String?
    public var statusMessage: String?
    public var instanceID: String?
    public var createTime: Timestamp?
    public var tags: [String: String]

    public init(
        spotInstanceRequestID: String, state: String, statusCode: String? = nil, statusMessage: String? = nil,
        instanceID: String? = nil, createTime: Timestamp? = nil, tags: [String: String] = [:]
    ) {
        self.spotInstanceRequestID = spotInstanceRequestID
        self.state = state
        self.statusCode = statusCode
        self.statusMessage = statusMessage
        self.instanceID = instanceID
        self.createTime = createTime
        self.tags = tags
    }

    init(xml: XMLFields) throws {
        let status = xml.optionalChild("status")
        self.init(
            spotInstanceRequestID: try xml.string("spotInstanceRequestId"), state: try xml.string("state"),
            statusCode: status?.optionalString("code"), statusMessage: status?.optionalString("message"),
            instanceID: xml.optionalString("instanceId"), createTime: try xml.optionalTimestamp("createTime"),
            tags: try xml.ec2Tags())
    }
}
