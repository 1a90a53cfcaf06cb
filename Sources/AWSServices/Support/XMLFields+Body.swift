import AWSCore

extension XMLFields {
    /// The root element of an XML response body (EC2 query, S3).
    init(body: [UInt8]) throws {
        do {
            self.init(root: try XMLReader().parse(body))
        } catch let error as AWSError {
            throw ResponseDecodingError(path: "the body", problem: "is not well-formed XML: \(error.message)")
        }
    }
}
