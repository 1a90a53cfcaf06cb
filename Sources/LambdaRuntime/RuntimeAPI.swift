/// Paths and header names of the Lambda Runtime API, in one place so no literal is repeated.
///
/// See: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html
enum RuntimeAPIPath {
    static let next = "/2018-06-01/runtime/invocation/next"
    static let initError = "/2018-06-01/runtime/init/error"

    static func response(requestID: String) -> String {
        "/2018-06-01/runtime/invocation/\(requestID)/response"
    }

    static func error(requestID: String) -> String {
        "/2018-06-01/runtime/invocation/\(requestID)/error"
    }
}

enum RuntimeAPIHeader {
    static let requestID = "lambda-runtime-aws-request-id"
    static let deadlineMs = "lambda-runtime-deadline-ms"
    static let invokedFunctionARN = "lambda-runtime-invoked-function-arn"
    static let traceID = "lambda-runtime-trace-id"
    static let clientContext = "lambda-runtime-client-context"
    static let cognitoIdentity = "lambda-runtime-cognito-identity"
    static let functionErrorType = "Lambda-Runtime-Function-Error-Type"
}

/// Limits Lambda enforces, which the runtime checks itself so the failure is named and explained.
public enum LambdaLimits {
    /// Synchronous invocation response payload limit.
    /// See: https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
    public static let maximumResponseBytes = 6 * 1024 * 1024
}

/// The environment variables Lambda sets for a custom runtime.
///
/// See: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
enum LambdaEnvironmentVariable {
    static let runtimeAPI = "AWS_LAMBDA_RUNTIME_API"
    static let functionName = "AWS_LAMBDA_FUNCTION_NAME"
    static let functionVersion = "AWS_LAMBDA_FUNCTION_VERSION"
    static let memorySize = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"
    static let logLevel = "AWS_LAMBDA_LOG_LEVEL"
    static let traceID = "_X_AMZN_TRACE_ID"
}
