/// An object is a random-access collection of its entries in key order, so `for (key, value) in object`,
/// `object.count` and `object.first` work as they do for `Dictionary`.
extension JSONObject: RandomAccessCollection {
    public typealias Element = (key: String, value: JSONValue)

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    public subscript(position: Int) -> (key: String, value: JSONValue) {
        (storage.keys[position], storage.values[position])
    }
}
