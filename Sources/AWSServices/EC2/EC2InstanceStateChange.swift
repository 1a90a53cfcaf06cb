/// An instance's state before and after a `TerminateInstances` call.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceStateChange.html
public struct EC2InstanceStateChange: Sendable, Hashable {
    public var instanceID: String
    public var previousState: EC2InstanceState
    public var currentState: EC2InstanceState

    public init(instanceID: String, previousState: EC2InstanceState, currentState: EC2InstanceState) {
        self.instanceID = instanceID
        self.previousState = previousState
        self.currentState = currentState
    }

    init(xml: XMLFields) throws {
        self.init(
            instanceID: try xml.string("instanceId"), previousState: try EC2InstanceState(xml: try xml.child("previousState")),
            currentState: try EC2InstanceState(xml: try xml.child("currentState")))
    }
}
