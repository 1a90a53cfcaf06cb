/// A value under construction by the encoder. Arrays and objects are references so that containers handed
/// out earlier (nested containers, super encoders) keep writing into the right place; `jsonValue` freezes
/// the finished tree.
enum EncodedNode {
    case value(JSONValue)
    case array(EncodedArray)
    case object(EncodedObject)

    var jsonValue: JSONValue {
        switch self {
        case .value(let value):
            return value
        case .array(let array):
            return .array(array.elements.map(\.jsonValue))
        case .object(let object):
            return .object(JSONObject(storage: object.storage.mapValues(\.jsonValue)))
        }
    }

    /// What a value that encodes nothing becomes: `{}` (the contract of `Encodable.encode(to:)`).
    static var emptyObject: EncodedNode { .object(EncodedObject()) }
}
