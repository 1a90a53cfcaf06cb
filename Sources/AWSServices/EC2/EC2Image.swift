import AWSCore

/// An AMI, as far as the lab reads it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Image.html
public struct EC2Image: Sendable, Hashable {
    public var imageID: String
    public var name: String?
    /// `available`, `pending`, `failed`, `deregistered`, …
    public var state: String
    public var ownerID: String?
    /// When the image was created (EC2 sends ISO 8601 text).
    public var creationDate: Timestamp?
    public var architecture: String?
    public var description: String?
    public var tags: [String: String]
    /// The image's block devices: their snapshots are what deregistering leaves behind.
    public var blockDeviceMappings: [EC2ImageBlockDevice]

    public init(
        imageID: String, name: String? = nil, state: String, ownerID: String? = nil, creationDate: Timestamp? = nil,
        architecture: String? = nil, description: String? = nil, tags: [String: String] = [:],
        blockDeviceMappings: [EC2ImageBlockDevice] = []
    ) {
        self.imageID = imageID
        self.name = name
        self.state = state
        self.ownerID = ownerID
        self.creationDate = creationDate
        self.architecture = architecture
        self.description = description
        self.tags = tags
        self.blockDeviceMappings = blockDeviceMappings
    }

    init(xml: XMLFields) throws {
        self.init(
            imageID: try xml.string("imageId"), name: xml.optionalString("name"), state: try xml.string("imageState"),
            ownerID: xml.optionalString("imageOwnerId"), creationDate: try xml.optionalTimestamp("creationDate"),
            architecture: xml.optionalString("architecture"), description: xml.optionalString("description"),
            tags: try xml.ec2Tags(), blockDeviceMappings: try xml.items("blockDeviceMapping").map(EC2ImageBlockDevice.init(xml:)))
    }
}
