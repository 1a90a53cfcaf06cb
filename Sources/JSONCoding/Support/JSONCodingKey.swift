/// The coding key this module puts in coding paths for array positions and for keys it makes up itself
/// (`super`, the keys of `[String: T]` and of a `JSONObject`). An enum of two small payloads, so it fits an
/// existential's inline buffer and costs no allocation.
enum JSONCodingKey: CodingKey, Hashable {
    case index(Int)
    case name(String)

    /// The key `superEncoder()`/`superDecoder()` use, as Foundation's coders do.
    static let superKey = JSONCodingKey.name("super")

    init(stringValue: String) {
        self = .name(stringValue)
    }

    init(intValue: Int) {
        self = .index(intValue)
    }

    var stringValue: String {
        switch self {
        case .index(let index): return "Index \(index)"
        case .name(let name): return name
        }
    }

    var intValue: Int? {
        switch self {
        case .index(let index): return index
        case .name: return nil
        }
    }
}
