/// The `ClientToken` of one component's RunInstances call: `<experiment id>-<component>`, e.g.
/// `exp-20251126-142501-k3x9qa-bookkeeper`. Stable (the same experiment and component always give the same
/// token), so a launch repeated by a Step Functions retry returns the instances of the first call instead of
/// launching more; at most 40 + 1 + 10 = 51 ASCII characters, within EC2's 64.
///
/// See: https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html
public struct ClientToken: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    /// EC2's limit on a client token.
    public static let maxLength = 64

    public init(experimentID: ExperimentID, component: ClusterComponent) {
        value = experimentID.value + "-" + component.rawValue
        assert(value.utf8.count <= Self.maxLength && value.unicodeScalars.allSatisfy(\.isASCII))
    }

    public var description: String { value }
}
