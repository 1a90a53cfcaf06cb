/// A test's setup or fixture went wrong (not the behaviour under test): says what, so the log explains it.
struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }

    /// `value`, or this error with `message` when it is nil.
    static func require<T>(_ value: T?, _ message: String) throws -> T {
        guard let value else { throw TestSetupError(message) }
        return value
    }
}
