/// A function's logic: decode an event, do one step, return an output or throw a named error.
///
/// The runtime owns the handler for the life of the process (a warm Lambda reuses it), so state a
/// handler builds once (clients, configuration) lives in its stored properties.
public protocol LambdaHandler {
    associatedtype Event: Decodable
    associatedtype Output: Encodable

    mutating func handle(_ event: Event, context: LambdaContext) throws -> Output
}

/// Adapts a closure to `LambdaHandler`.
public struct ClosureHandler<Event: Decodable, Output: Encodable>: LambdaHandler {
    let body: (Event, LambdaContext) throws -> Output

    public init(_ body: @escaping (Event, LambdaContext) throws -> Output) {
        self.body = body
    }

    public func handle(_ event: Event, context: LambdaContext) throws -> Output {
        try body(event, context)
    }
}
