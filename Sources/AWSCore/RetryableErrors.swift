/// Which failures the standard retry mode retries: throttling error codes, transient error codes,
/// HTTP 500/502/503/504, and transient network failures (the transport marks those).
///
/// The code lists are botocore's (`botocore/retries/standard.py`), the reference the SDKs share.
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
public enum RetryableErrors {
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "InternalError", "InternalFailure",
        "ServiceUnavailable",
    ]
    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Whether an error response with `code` and `status` may succeed when sent again.
    public static func isRetryable(code: String, status: Int) -> Bool {
        throttlingCodes.contains(code) || transientCodes.contains(code) || transientStatuses.contains(status)
    }

    /// Whether the error is throttling (which backs off longer than other transient errors).
    public static func isThrottling(_ error: AWSError) -> Bool {
        error.kind == .service && (throttlingCodes.contains(error.code) || error.httpStatus == 429)
    }
}
