import LambdaRuntime

/// An error that carries whatever name the event asked for.
struct EchoError: LambdaNamedError {
    var errorType: String
    var errorMessage: String
}
