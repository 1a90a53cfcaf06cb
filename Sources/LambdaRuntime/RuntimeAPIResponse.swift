/// A parsed HTTP/1.1 response from the Runtime API.
struct RuntimeAPIResponse {
    var status: Int
    /// Header names lower-cased; the Runtime API sends each header once.
    var headers: [String: String]
    var body: [UInt8]

    func header(_ lowercasedName: String) -> String? {
        headers[lowercasedName]
    }
}
