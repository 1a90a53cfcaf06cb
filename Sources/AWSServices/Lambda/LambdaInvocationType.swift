/// How `Invoke` runs the function.
///
/// See: https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#lambda-Invoke-request-InvocationType
public struct LambdaInvocationType: RawRepresentable, Sendable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wait for the result (HTTP 200 with the payload).
    public static let requestResponse = LambdaInvocationType(rawValue: "RequestResponse")
    /// Queue the event and return at once (HTTP 202, no payload).
    public static let event = LambdaInvocationType(rawValue: "Event")
    /// Only check that the caller may invoke (HTTP 204).
    public static let dryRun = LambdaInvocationType(rawValue: "DryRun")
}
