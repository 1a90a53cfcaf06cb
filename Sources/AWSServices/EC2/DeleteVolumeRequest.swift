import AWSCore

/// `DeleteVolume`. The volume must be `available` (detached).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteVolume.html
public struct DeleteVolumeRequest: AWSServiceRequest {
    public var volumeID: String

    public init(volumeID: String) {
        self.volumeID = volumeID
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DeleteVolume")
        parameters.set("VolumeId", volumeID)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
