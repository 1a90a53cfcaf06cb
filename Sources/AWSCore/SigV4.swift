/// Names and fixed values of Signature Version 4, in one place.
///
/// See: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
public enum SigV4 {
    public static let algorithm = "AWS4-HMAC-SHA256"
    public static let terminator = "aws4_request"
    /// The payload hash S3 accepts instead of a digest (and the only one a presigned URL can carry).
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"

    public enum Header {
        public static let authorization = "Authorization"
        public static let date = "X-Amz-Date"
        public static let securityToken = "X-Amz-Security-Token"
        public static let contentSHA256 = "x-amz-content-sha256"
        public static let host = "Host"
    }

    public enum QueryParameter {
        public static let algorithm = "X-Amz-Algorithm"
        public static let credential = "X-Amz-Credential"
        public static let date = "X-Amz-Date"
        public static let expires = "X-Amz-Expires"
        public static let signedHeaders = "X-Amz-SignedHeaders"
        public static let securityToken = "X-Amz-Security-Token"
        public static let signature = "X-Amz-Signature"
    }

    /// Headers never signed: a proxy or the HTTP client may add, drop or change them on the way
    /// (the same list as botocore's `SIGNED_HEADERS_BLACKLIST`, plus `authorization` itself).
    static let unsignedHeaders: Set<String> = ["authorization", "user-agent", "expect", "x-amzn-trace-id", "transfer-encoding"]

    /// The longest validity of a presigned URL: seven days.
    /// See: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
    public static let maximumPresignedExpiry: Int = 604_800
}
