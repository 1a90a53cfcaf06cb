/// An error that names itself for Lambda and Step Functions.
///
/// Step Functions matches `Retry` and `Catch` on the `errorType` a function reports, so stage errors
/// conform to this protocol with names such as `ClusterNotReady`. Errors that do not conform are
/// reported under their Swift type name.
public protocol LambdaNamedError: Error {
    /// The name Step Functions sees, e.g. `ClusterNotReady`.
    var errorType: String { get }
    /// One line for the person on call: what failed, with which input, what to do.
    var errorMessage: String { get }
}

extension LambdaNamedError where Self: CustomStringConvertible {
    public var errorMessage: String { description }
}
