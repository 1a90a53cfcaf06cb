import AWSCore

/// What `Invoke` answers.
///
/// See: https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_ResponseSyntax
public struct LambdaInvocation: Sendable, Hashable {
    /// 200 for `RequestResponse`, 202 for `Event`, 204 for `DryRun`.
    public var statusCode: Int
    /// The function's result, or its error document (`{"errorType": …, "errorMessage": …}`) when
    /// `functionError` is set.
    public var payload: [UInt8]
    /// `Unhandled` when the function failed (threw, timed out, crashed); `nil` on success.
    public var functionError: String?
    /// The last 4 KB of the log, Base64-encoded, when the request asked for `tailLog`.
    public var logResult: String?
    public var executedVersion: String?

    public init(statusCode: Int, payload: [UInt8], functionError: String? = nil, logResult: String? = nil, executedVersion: String? = nil) {
        self.statusCode = statusCode
        self.payload = payload
        self.functionError = functionError
        self.logResult = logResult
        self.executedVersion = executedVersion
    }

    /// `logResult` decoded to text.
    ///
    /// - Throws: `AWSError` (`InvalidBase64`) when the header is not Base64.
    public func decodedLog() throws -> String? {
        try logResult.map { String(decoding: try Base64.decode($0), as: UTF8.self) }
    }
}
