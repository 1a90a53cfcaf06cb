import AWSCore

/// `DeleteSnapshot`. Fails with `InvalidSnapshot.InUse` while a registered AMI still uses it.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSnapshot.html
public struct DeleteSnapshotRequest: AWSServiceRequest {
    public var snapshotID: String

    public init(snapshotID: String) {
        self.snapshotID = snapshotID
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DeleteSnapshot")
        parameters.set("SnapshotId", snapshotID)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
