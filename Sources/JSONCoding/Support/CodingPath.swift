/// The coding path as a linked list from the current value back to the root: extending it is O(1), and the
/// `[CodingKey]` array that `Decoder`/`Encoder` expose is only built when someone asks (mostly for errors).
indirect enum CodingPath {
    case root
    case key(any CodingKey, parent: CodingPath)

    func appending(_ key: any CodingKey) -> CodingPath {
        .key(key, parent: self)
    }

    /// `self` plus `key` if there is one.
    func appending(optional key: (any CodingKey)?) -> CodingPath {
        guard let key else { return self }
        return .key(key, parent: self)
    }

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = self
        while case .key(let key, let parent) = node {
            keys.append(key)
            node = parent
        }
        return keys.reversed()
    }
}
