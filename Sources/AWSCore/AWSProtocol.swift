/// The wire protocols of the services we call; they decide how a request is serialised and how an error
/// response is read.
///
/// See: https://smithy.io/2.0/aws/protocols/index.html
public enum AWSProtocol: Sendable, Hashable {
    /// EC2's own query protocol: form-encoded `Action`/`Version` request, `<Response><Errors>` errors.
    case ec2Query
    /// The AWS query protocol (IAM, STS): form-encoded request, `<ErrorResponse>` errors.
    case query
    /// JSON 1.0 or 1.1 (`"1.0"`/`"1.1"`): `POST /` with `X-Amz-Target`, `__type` errors.
    case json(version: String)
    /// REST with JSON bodies (Lambda, Scheduler): errors named by `x-amzn-ErrorType`.
    case restJSON
    /// REST with XML bodies (S3): `<Error><Code>` errors.
    case restXML
}
