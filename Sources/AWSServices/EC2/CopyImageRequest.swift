import AWSCore

/// `CopyImage`: copies an AMI from `sourceRegion` into the client's region (the destination), where it is
/// `pending` until EC2 has copied its snapshots. `lab ami copy` keeps the name; `copyImageTags` asks EC2 to
/// copy the image's user-defined tags too.
///
/// `clientToken` is required here (botocore would make one up): a retry after a lost response then returns
/// the first copy instead of starting a second one, so the call is retried like an idempotent one.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CopyImage.html
public struct CopyImageRequest: AWSServiceRequest {
    public var sourceImageID: String
    public var sourceRegion: String
    /// The new image's name (unique per account and region).
    public var name: String
    public var description: String?
    public var copyImageTags: Bool?
    public var clientToken: String

    public init(
        sourceImageID: String, sourceRegion: String, name: String, description: String? = nil, copyImageTags: Bool? = nil,
        clientToken: String
    ) {
        self.sourceImageID = sourceImageID
        self.sourceRegion = sourceRegion
        self.name = name
        self.description = description
        self.copyImageTags = copyImageTags
        self.clientToken = clientToken
    }

    /// Members in the service model's order, which is also the order of botocore's request body.
    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("CopyImage")
        parameters.set("ClientToken", clientToken)
        parameters.set("Description", ifPresent: description)
        parameters.set("Name", name)
        parameters.set("SourceImageId", sourceImageID)
        parameters.set("SourceRegion", sourceRegion)
        parameters.set("CopyImageTags", ifPresent: copyImageTags)
        return .query(.ec2, parameters, idempotency: .idempotencyToken)
    }

    /// The new image's id (in the destination region).
    public func decode(_ response: HTTPResponse) throws -> String {
        try XMLFields(body: response.body).string("imageId")
    }
}
