import AWSCore

/// `DeleteNetworkInterface`. The interface must be detached.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNetworkInterface.html
public struct DeleteNetworkInterfaceRequest: AWSServiceRequest {
    public var networkInterfaceID: String

    public init(networkInterfaceID: String) {
        self.networkInterfaceID = networkInterfaceID
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("DeleteNetworkInterface")
        parameters.set("NetworkInterfaceId", networkInterfaceID)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
