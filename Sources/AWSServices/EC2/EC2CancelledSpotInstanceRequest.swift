/// A spot request and its state after `CancelSpotInstanceRequests` (`cancelled`, `closed`, …).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CancelledSpotInstanceRequest.html
public struct EC2CancelledSpotInstanceRequest: Sendable, Hashable {
    public var spotInstanceRequestID: String
    public var state: String

    public init(spotInstanceRequestID: String, state: String) {
        self.spotInstanceRequestID = spotInstanceRequestID
        self.state = state
    }

    init(xml: XMLFields) throws {
        self.init(spotInstanceRequestID: try xml.string("spotInstanceRequestId"), state: try xml.string("state"))
    }
}
