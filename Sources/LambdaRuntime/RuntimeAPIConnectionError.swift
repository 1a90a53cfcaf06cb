/// Why an exchange with the Runtime API failed at the transport level.
struct RuntimeAPIConnectionError: Error, CustomStringConvertible {
    enum Kind: Equatable {
        /// Nothing listens, or the host does not resolve.
        case unreachable
        /// The peer closed the connection (e.g. the Runtime API restarted).
        case closedByPeer
        case ioFailed
        case malformedResponse
    }

    var kind: Kind
    var endpoint: RuntimeAPIEndpoint
    var detail: String

    init(_ kind: Kind, endpoint: RuntimeAPIEndpoint, detail: String) {
        self.kind = kind
        self.endpoint = endpoint
        self.detail = detail
    }

    var description: String { "Runtime API at \(endpoint): \(detail)" }
}
