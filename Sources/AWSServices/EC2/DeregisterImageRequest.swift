import AWSCore

/// `DeregisterImage`. The image's snapshots stay (delete them with `DeleteSnapshot`).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeregisterImage.html
public struct DeregisterImageRequest: AWSServiceRequest {
    public var imageID: String

    public init(imageID: String) {
        self.imageID = imageID
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DeregisterImage")
        parameters.set("ImageId", imageID)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
