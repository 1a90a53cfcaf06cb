import Foundation

/// One golden file of `scripts/botocore-goldens.py`: the request botocore built for a case.
struct BotocoreGolden {
    static let directory = "Tests/AWSServicesTests/Golden/botocore"

    struct Fixed {
        var region: String
        var accessKeyID: String
        var secretAccessKey: String
        var sessionToken: String
        /// RFC 3339.
        var time: String
    }

    var name: String
    var generator: String
    var fixed: Fixed
    var method: String
    var url: String
    var host: String
    var path: String
    /// Decoded name/value pairs, in botocore's order.
    var query: [QueryPair]
    /// Header names as botocore wrote them.
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The case names of every golden file.
    static func allNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(directory))
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    init(named name: String) throws {
        let file = PackageRoot.path("\(BotocoreGolden.directory)/\(name).json")
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard let document = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let fixed = document["fixed"] as? [String: String], let request = document["request"] as? [String: Any]
        else { throw TestSetupError("\(file) is not a golden request document") }
        func string(_ object: [String: Any], _ key: String) throws -> String {
            guard let value = object[key] as? String else { throw TestSetupError("\(file): '\(key)' is missing") }
            return value
        }
        self.name = name
        self.generator = try string(document, "generator")
        self.fixed = Fixed(
            region: try string(fixed, "region"), accessKeyID: try string(fixed, "accessKeyID"),
            secretAccessKey: try string(fixed, "secretAccessKey"), sessionToken: try string(fixed, "sessionToken"),
            time: try string(fixed, "time"))
        self.method = try string(request, "method")
        self.url = try string(request, "url")
        self.host = try string(request, "host")
        self.path = try string(request, "path")
        self.query = ((request["query"] as? [[String]]) ?? []).map { QueryPair(name: $0[0], value: $0[1]) }
        let headerObject = (request["headers"] as? [String: String]) ?? [:]
        self.headers = headerObject.keys.sorted().map { ($0, headerObject[$0]!) }
        if let text = request["body"] as? String {
            self.body = Array(text.utf8)
        } else if let encoded = request["bodyBase64"] as? String, let data = Data(base64Encoded: encoded) {
            self.body = Array(data)
        } else {
            self.body = []
        }
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
