import AWSCore

/// An EBS snapshot, as far as the lab reads it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Snapshot.html
public struct EC2Snapshot: Sendable, Hashable {
    public var snapshotID: String
    public var volumeID: String?
    /// `pending`, `completed`, `error`, …
    public var state: String
    public var startTime: Timestamp?
    /// GiB.
    public var volumeSize: Int?
    public var ownerID: String?
    public var description: String?
    public var tags: [String: String]

    public init(
        snapshotID: String, volumeID: String? = nil, state: String, startTime: Timestamp? = nil, volumeSize: Int? = nil,
        ownerID: String? = nil, description: String? = nil, tags: [String: String] = [:]
    ) {
        self.snapshotID = snapshotID
        self.volumeID = volumeID
        self.state = state
        self.startTime = startTime
        self.volumeSize = volumeSize
        self.ownerID = ownerID
        self.description = description
        self.tags = tags
    }

    init(xml: XMLFields) throws {
        self.init(
            snapshotID: try xml.string("snapshotId"), volumeID: xml.optionalString("volumeId"), state: try xml.string("status"),
            startTime: try xml.optionalTimestamp("startTime"), volumeSize: try xml.optionalInt("volumeSize"),
            ownerID: xml.optionalString("ownerId"), description: xml.optionalString("description"), tags: try xml.ec2Tags())
    }
}
