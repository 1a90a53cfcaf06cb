/// The bookies: count, instance type and where they store journal and ledgers.
public struct BookKeeperSpec: Sendable, Hashable {
    public var count: Int
    public var instanceType: String
    public var storage: BookieStorage

    public init(count: Int, instanceType: String, storage: BookieStorage) {
        self.count = count
        self.instanceType = instanceType
        self.storage = storage
    }
}
