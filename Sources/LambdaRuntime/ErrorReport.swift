import JSONCoding

/// The standard Lambda error document (`application/vnd.aws.lambda.error+json`).
///
/// `errorType` is what Step Functions' `Retry` and `Catch` match on, so it is the error's own name,
/// never one generic name for every failure.
/// See: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html#runtimes-api-invokeerror
public struct ErrorReport: Equatable, Sendable {
    public var errorType: String
    public var errorMessage: String

    public init(errorType: String, errorMessage: String) {
        self.errorType = errorType
        self.errorMessage = errorMessage
    }

    /// The report for any Swift error: a `LambdaNamedError` names itself; any other error is named
    /// after its Swift type.
    public init(_ error: any Error) {
        if let named = error as? any LambdaNamedError {
            self.init(errorType: named.errorType, errorMessage: named.errorMessage)
        } else {
            self.init(errorType: String(describing: type(of: error)), errorMessage: String(describing: error))
        }
    }

    /// `{"errorMessage":…,"errorType":…,"stackTrace":[]}`, with every control character escaped.
    var jsonBody: [UInt8] {
        var object = JSONObject()
        object["errorMessage"] = .string(errorMessage)
        object["errorType"] = .string(errorType)
        object["stackTrace"] = .array([])
        return JSON.serialize(.object(object))
    }

    var headers: [(String, String)] {
        [
            (RuntimeAPIHeader.functionErrorType, Self.headerSafe(errorType)),
            ("Content-Type", "application/vnd.aws.lambda.error+json"),
        ]
    }

    /// A header value may not carry CR, LF or other control characters: an error type that contains
    /// them would otherwise split the request.
    private static func headerSafe(_ value: String) -> String {
        let cleaned = value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "_" : Character($0) }
        return cleaned.isEmpty ? "Unknown" : String(cleaned)
    }
}
