import AWSCore

/// `TerminateInstances`. Terminating an already terminated instance succeeds, so a repeat is harmless.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html
public struct TerminateInstancesRequest: AWSServiceRequest {
    public var instanceIDs: [String]

    public init(instanceIDs: [String]) {
        self.instanceIDs = instanceIDs
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("TerminateInstances")
        parameters.addList("InstanceId", instanceIDs)
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> [EC2InstanceStateChange] {
        try XMLFields(body: response.body).items("instancesSet").map(EC2InstanceStateChange.init(xml:))
    }
}
