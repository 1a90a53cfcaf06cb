/// Where a super encoder's result goes in its parent: `superEncoder()` hands out an encoder before anything
/// is encoded into it, so that encoder writes its node back through this whenever the node changes.
enum EncodingSink {
    case objectMember(EncodedObject, key: String)
    case arrayElement(EncodedArray, index: Int)

    func write(_ node: EncodedNode) {
        switch self {
        case .objectMember(let object, let key):
            object.storage.updateValue(node, forKey: key)
        case .arrayElement(let array, let index):
            array.elements[index] = node
        }
    }
}
