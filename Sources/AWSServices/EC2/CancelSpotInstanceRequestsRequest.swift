import AWSCore

/// `CancelSpotInstanceRequests`. Cancelling does not terminate instances the requests launched.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelSpotInstanceRequests.html
public struct CancelSpotInstanceRequestsRequest: AWSServiceRequest {
    public var spotInstanceRequestIDs: [String]

    public init(spotInstanceRequestIDs: [String]) {
        self.spotInstanceRequestIDs = spotInstanceRequestIDs
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("CancelSpotInstanceRequests")
        parameters.addList("SpotInstanceRequestId", spotInstanceRequestIDs)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> [EC2CancelledSpotInstanceRequest] {
        try XMLFields(body: response.body).items("spotInstanceRequestSet").map(EC2CancelledSpotInstanceRequest.init(xml:))
    }
}
