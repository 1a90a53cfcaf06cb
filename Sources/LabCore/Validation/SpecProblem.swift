/// One thing wrong with an experiment spec: where (a JSON path such as `cluster.bookkeeper.count` or
/// `workloads[1].messageSize`) and what, including what to do about it.
public struct SpecProblem: Sendable, Hashable, CustomStringConvertible {
    /// The JSON path of the offending value (`""` for the document itself).
    public var path: String
    /// What is wrong and what to do, e.g. `1 is fewer than driver.client.persistence.ensembleSize 2; use at
    /// least 2 bookies or lower ensembleSize`.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone for the document itself.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
