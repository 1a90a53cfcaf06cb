import AWSCore

/// An EBS volume, as far as the lab reads it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Volume.html
public struct EC2Volume: Sendable, Hashable {
    public var volumeID: String
    /// GiB.
    public var size: Int?
    public var volumeType: String?
    /// `creating`, `available`, `in-use`, `deleting`, `deleted`, `error`.
    public var state: String
    public var availabilityZone: String?
    public var createTime: Timestamp?
    public var iops: Int?
    public var throughput: Int?
    public var encrypted: Bool?
    public var attachments: [EC2VolumeAttachment]
    public var tags: [String: String]

    public init(
        volumeID: String, size: Int? = nil, volumeType: String? = nil, state: String, availabilityZone: String? = nil,
        createTime: Timestamp? = nil, iops: Int? = nil, throughput: Int? = nil, encrypted: Bool? = nil,
        attachments: [EC2VolumeAttachment] = [], tags: [String: String] = [:]
    ) {
        self.volumeID = volumeID
        self.size = size
        self.volumeType = volumeType
        self.state = state
        self.availabilityZone = availabilityZone
        self.createTime = createTime
        self.iops = iops
        self.throughput = throughput
        self.encrypted = encrypted
        self.attachments = attachments
        self.tags = tags
    }

    init(xml: XMLFields) throws {
        self.init(
            volumeID: try xml.string("volumeId"), size: try xml.optionalInt("size"), volumeType: xml.optionalString("volumeType"),
            state: try xml.string("status"), availabilityZone: xml.optionalString("availabilityZone"),
            createTime: try xml.optionalTimestamp("createTime"), iops: try xml.optionalInt("iops"),
            throughput: try xml.optionalInt("throughput"), encrypted: try xml.optionalBool("encrypted"),
            attachments: try xml.items("attachmentSet").map(EC2VolumeAttachment.init(xml:)), tags: try xml.ec2Tags())
    }
}
