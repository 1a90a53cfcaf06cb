/// Reading parts of a value without a `switch`: each accessor returns nil when the value is of another kind,
/// and subscripts chain (`event["detail"]?["instances"]?[0]?["id"]?.stringValue`).
extension JSONValue {
    /// The member `key` of an object; nil for a missing key or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The element at `index` of an array; nil when out of bounds or not an array.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    public var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    public var numberValue: JSONNumber? {
        guard case .number(let value) = self else { return nil }
        return value
    }

    /// A number that is a whole value within `Int`'s range (exact: 2.5 and 1e30 give nil).
    public var intValue: Int? { numberValue?.int }

    /// A number that is a whole value within `Int64`'s range.
    public var int64Value: Int64? { numberValue?.int64 }

    /// A number that is a whole value within `UInt64`'s range.
    public var uint64Value: UInt64? { numberValue?.uint64 }

    /// A number as the nearest `Double`; nil if it is beyond `Double`'s range or not a number.
    public var doubleValue: Double? { numberValue?.double }

    public var arrayValue: [JSONValue]? {
        guard case .array(let value) = self else { return nil }
        return value
    }

    public var objectValue: JSONObject? {
        guard case .object(let value) = self else { return nil }
        return value
    }
}
