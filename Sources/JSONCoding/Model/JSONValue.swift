/// Any JSON document or part of one (RFC 8259 §3). Parsing yields it, serializing writes it, and decoding
/// a `JSONValue` property with `JSON.decode` hands over the raw subtree unchanged — use it for payloads
/// whose shape is not fixed (an echoed event, an AWS response field we only pass along).
///
/// See: https://www.rfc-editor.org/rfc/rfc8259#section-3
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}
