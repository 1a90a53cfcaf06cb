import AWSCore
import JSONCoding

/// Reads the members of one object of a JSON response (JSON 1.0/1.1, REST-JSON), keeping the path from the
/// root so a missing or malformed member is reported exactly where it is. `null` counts as absent, as the
/// AWS SDKs read it.
struct JSONFields {
    let object: JSONObject
    /// The path of this object from the document root, e.g. `Command` or `events[3]`.
    let path: String

    init(_ object: JSONObject, path: String) {
        self.object = object
        self.path = path
    }

    /// The body of a JSON response; an empty body reads as `{}` (some operations answer with no body).
    init(body: [UInt8]) throws {
        guard !body.isEmpty else {
            self.init(JSONObject(), path: "")
            return
        }
        let value: JSONValue
        do {
            value = try JSON.parse(body)
        } catch {
            throw ResponseDecodingError(path: "the body", problem: "is not JSON: \(error)")
        }
        guard let object = value.objectValue else {
            throw ResponseDecodingError(path: "the body", problem: "is \(value.kindName), not a JSON object")
        }
        self.init(object, path: "")
    }

    private func memberPath(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    func fail(_ name: String, _ problem: String) -> ResponseDecodingError {
        ResponseDecodingError(path: memberPath(name), problem: problem)
    }

    /// The member's value, `nil` when absent or `null`.
    func value(_ name: String) -> JSONValue? {
        guard let value = object[name], !value.isNull else { return nil }
        return value
    }

    // MARK: Strings

    func optionalString(_ name: String) throws -> String? {
        guard let value = value(name) else { return nil }
        guard let text = value.stringValue else { throw fail(name, "is \(value.kindName), not a string") }
        return text
    }

    func string(_ name: String) throws -> String {
        guard let text = try optionalString(name) else { throw fail(name, "is missing") }
        return text
    }

    /// A list of strings; empty when absent.
    func strings(_ name: String) throws -> [String] {
        try array(name).enumerated().map { index, element in
            guard let text = element.stringValue else { throw fail("\(name)[\(index)]", "is \(element.kindName), not a string") }
            return text
        }
    }

    /// A map of string lists (SSM `Parameters`); empty when absent.
    func stringListMap(_ name: String) throws -> [String: [String]] {
        guard let value = value(name) else { return [:] }
        guard let map = value.objectValue else { throw fail(name, "is \(value.kindName), not a map") }
        var result: [String: [String]] = [:]
        for (key, _) in map {
            result[key] = try JSONFields(map, path: memberPath(name)).strings(key)
        }
        return result
    }

    // MARK: Numbers and booleans

    func optionalInt(_ name: String) throws -> Int? {
        guard let value = value(name) else { return nil }
        guard let number = value.numberValue else { throw fail(name, "is \(value.kindName), not a number") }
        guard let int = number.int else { throw fail(name, "is \(number.text), not a whole number in range") }
        return int
    }

    func int(_ name: String) throws -> Int {
        guard let value = try optionalInt(name) else { throw fail(name, "is missing") }
        return value
    }

    func optionalBool(_ name: String) throws -> Bool? {
        guard let value = value(name) else { return nil }
        guard let bool = value.boolValue else { throw fail(name, "is \(value.kindName), not true or false") }
        return bool
    }

    // MARK: Timestamps

    /// An epoch-seconds timestamp (`"startDate": 1700000000.123`), the JSON protocols' default format.
    func optionalTimestamp(_ name: String) throws -> Timestamp? {
        guard let value = value(name) else { return nil }
        guard let number = value.numberValue else { throw fail(name, "is \(value.kindName), not a number of seconds") }
        do {
            return try Timestamp(epochSeconds: number.text)
        } catch let error as AWSError {
            throw fail(name, "is not a timestamp: \(error.message)")
        }
    }

    func timestamp(_ name: String) throws -> Timestamp {
        guard let value = try optionalTimestamp(name) else { throw fail(name, "is missing") }
        return value
    }

    // MARK: Structures and lists

    func optionalObject(_ name: String) throws -> JSONFields? {
        guard let value = value(name) else { return nil }
        guard let object = value.objectValue else { throw fail(name, "is \(value.kindName), not an object") }
        return JSONFields(object, path: memberPath(name))
    }

    func object(_ name: String) throws -> JSONFields {
        guard let fields = try optionalObject(name) else { throw fail(name, "is missing") }
        return fields
    }

    /// A list of any values; empty when absent.
    func array(_ name: String) throws -> [JSONValue] {
        guard let value = value(name) else { return [] }
        guard let array = value.arrayValue else { throw fail(name, "is \(value.kindName), not a list") }
        return array
    }

    /// A list of structures; empty when absent.
    func objects(_ name: String) throws -> [JSONFields] {
        try array(name).enumerated().map { index, element in
            guard let object = element.objectValue else { throw fail("\(name)[\(index)]", "is \(element.kindName), not an object") }
            return JSONFields(object, path: memberPath("\(name)[\(index)]"))
        }
    }
}
