/// `[String: T]`, recognised by the encoder so its keys can be written sorted: `Dictionary` iterates in an
/// order that changes from process to process (hash seeding), which would make output unstable.
protocol StringKeyedEncodableDictionary {
    func encodeSortedByKey(path: CodingPath, depth: Int) throws -> EncodedNode
}

extension Dictionary: StringKeyedEncodableDictionary where Key == String, Value: Encodable {
    func encodeSortedByKey(path: CodingPath, depth: Int) throws -> EncodedNode {
        let object = EncodedObject()
        for (key, value) in sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            let node = try JSONValueEncoder.boxOrEmpty(value, path: path, key: JSONCodingKey.name(key), depth: depth)
            object.storage.appendNew(key, node)
        }
        return .object(object)
    }
}
